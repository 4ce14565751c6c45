"""Where things live: bundled resources (from source or frozen) and the user's catalogue."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Partnerbook"


def resource(*parts: str) -> Path:
    """A file under resources/, from a source checkout or inside a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_catalogue() -> Path:
    """PARTNERBOOK_DB when set, else the catalogue in the user's data folder."""
    env = os.environ.get("PARTNERBOOK_DB")
    return Path(env) if env else data_dir() / "catalogue.partnerbook"


NETWORK, CLOUD = "network", "cloud"
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "ceph", "fuse.sshfs"}
_CLOUD_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "nextcloud")


def sharing_risk(path: Path, mounts: str | None = None) -> str | None:
    """NETWORK or CLOUD when the file lives where SQLite's locking or a sync client may break it.

    SQLite's own advice: file locks are unreliable on network file systems, and a sync client
    that copies the file mid-write or keeps conflicting copies can lose changes. `mounts` is the
    text of /proc/mounts (read when not given).
    """
    path = path.resolve()
    if any(part.casefold().startswith(_CLOUD_FOLDERS) for part in path.parts):
        return CLOUD
    if sys.platform == "win32":
        import ctypes

        drive_remote = 4
        root = path.anchor
        if root.startswith("\\\\") or ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:
            return NETWORK
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return None
    best, fstype = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = path.as_posix() == point or path.as_posix().startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, fstype = point, fields[2]
    return NETWORK if fstype in _NETWORK_FILESYSTEMS else None
