"""Accept every tracked change of a DOCX in LibreOffice and export it as PDF.

Run with a Python that has LibreOffice's UNO bridge (Debian: apt-get install python3-uno;
then /usr/bin/python3 tests/lo_accept.py IN.docx OUT.pdf). The tests use it to check that
LibreOffice accepts the changes of `amend --redline`. LibreOffice runs headless on a
private profile, initialised by a first conversion (a fresh profile restarts itself).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def accept(source: str, target: str) -> int:
    with tempfile.TemporaryDirectory(prefix="lo-accept-") as tmp:
        profile = uno.systemPathToFileUrl(os.path.join(tmp, "profile"))
        staged = os.path.join(tmp, "in.docx")
        shutil.copyfile(source, staged)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "txt",
                "--outdir",
                tmp,
                staged,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=180,
            check=False,
        )
        pipe = f"laborclause-accept-{os.getpid()}"
        office = subprocess.Popen(
            [
                "soffice",
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--nolockcheck",
                "--nologo",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext(
                "com.sun.star.bridge.UnoUrlResolver", local
            )
            deadline = time.monotonic() + 120
            while True:
                try:
                    ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except NoConnectException:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            desktop = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", ctx
            )
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(staged), "_blank", 0, (prop("Hidden", True),)
            )
            before = doc.getRedlines().getCount()
            helper = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.DispatchHelper", ctx
            )
            frame = doc.getCurrentController().getFrame()
            helper.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
            after = doc.getRedlines().getCount()
            doc.storeToURL(
                uno.systemPathToFileUrl(os.path.abspath(target)),
                (prop("FilterName", "writer_pdf_Export"),),
            )
            doc.close(True)
            print(f"tracked changes: {before} before, {after} after accepting")
            try:
                desktop.terminate()
            except Exception:  # noqa: BLE001 - the bridge closes as LibreOffice quits
                pass
            return 0 if before > 0 and after == 0 else 1
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(office.pid, signal.SIGKILL)
                office.wait()


if __name__ == "__main__":
    sys.exit(accept(sys.argv[1], sys.argv[2]))
