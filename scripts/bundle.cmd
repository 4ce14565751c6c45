@echo off
rem Builds dist\Partnerbook on Windows with PyInstaller (build.spec); see README, "Packaging".
rem Needs Python 3.11 (64-bit, python.org installer with the "py" launcher). Set
rem PARTNERBOOK_CONSOLE=1 first for the console variant in dist\Partnerbook-console.
setlocal
cd /d "%~dp0.." || exit /b 1
if not exist .venv\Scripts\python.exe (
    py -3.11 -m venv .venv || exit /b 1
)
.venv\Scripts\python.exe -m pip install -q --upgrade pip || exit /b 1
.venv\Scripts\python.exe -m pip install -q -e ".[bundle]" || exit /b 1
.venv\Scripts\pyinstaller.exe --noconfirm --log-level WARN %* build.spec || exit /b 1
if "%PARTNERBOOK_CONSOLE%"=="1" (echo Built dist\Partnerbook-console) else (echo Built dist\Partnerbook)
