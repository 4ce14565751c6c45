import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_store_does_not_load_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, store\n"
        "for m in pkgutil.iter_modules(store.__path__): importlib.import_module('store.' + m.name)\n"
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'store loaded Qt'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_store_never_imports_gui_or_qt() -> None:
    for path in (ROOT / "store").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert not name.startswith(("gui", "PySide6")), f"{path.name} imports {name}"
