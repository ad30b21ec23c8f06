#!/usr/bin/env python3
"""Drives `seam assess` through a pseudo-terminal, as a person at a terminal would.

usage: pty-drive.py BINARY CONTENT ASSESSMENT STEP...
Each STEP is typed after the next `> ` prompt appears: a line of text, or EOF for Ctrl-D.
Prints JSON: {"status": exit status, "output": everything the terminal showed}.
"""
import json, os, pty, select, subprocess, sys, time

binary, content, assessment, *steps = sys.argv[1:]
master, slave = pty.openpty()
process = subprocess.Popen([binary, "assess", assessment, "--content", content],
                           stdin=slave, stdout=slave, stderr=slave, close_fds=True,
                           env={**os.environ, "NO_COLOR": "1"})
os.close(slave)
output = b""


def read(timeout):
    """Reads what is there within `timeout` seconds; False at end of output."""
    global output
    ready, _, _ = select.select([master], [], [], timeout)
    if not ready:
        return True
    try:
        chunk = os.read(master, 65536)
    except OSError:
        return False
    if not chunk:
        return False
    output += chunk
    return True


deadline = time.time() + 30
for number, step in enumerate(steps, start=1):
    while output.count(b"> ") < number and time.time() < deadline:
        if not read(0.2):
            break
    os.write(master, b"\x04" if step == "EOF" else step.encode() + b"\n")
while time.time() < deadline and read(0.5):
    if process.poll() is not None and not select.select([master], [], [], 0.2)[0]:
        break
status = process.wait(timeout=10)
print(json.dumps({"status": status, "output": output.decode("utf-8", "replace").replace("\r\n", "\n")}))
