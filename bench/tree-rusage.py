#!/usr/bin/env python3
"""Runs a command and reports the resources of its whole process tree (Linux).

    python3 bench/tree-rusage.py OUTFILE COMMAND [ARG...]

Writes "wall user sys maxrss_kib tree_peak_kib" to OUTFILE and exits with the command's status.

/usr/bin/time only counts descendants that their parents waited for. A build that starts a
helper process and exits without reaping it (Wireroom's search indexer, the Pagefind binary, is
killed at the end and left to init) would have that helper's CPU time left out. This wrapper
makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER), so orphaned descendants are
re-parented to it and reaped here, and getrusage(RUSAGE_CHILDREN) covers all of them. Wall time
stops when the command itself exits. maxrss is the largest single process of the tree, as with
GNU time's %M; tree_peak is the largest sum of the resident sets of all processes of the tree at
once, sampled every quarter second (so it may miss a short spike).
"""
import ctypes
import os
import resource
import signal
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
ORPHAN_GRACE_SECONDS = 30
SAMPLE_SECONDS = 0.25
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def parents():
    """pid -> parent pid of every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            table[int(entry)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            pass
    return table


def tree_rss_kib(root):
    """Resident set of root's descendants (not root itself), in KiB."""
    table = parents()
    children = {}
    for pid, ppid in table.items():
        children.setdefault(ppid, []).append(pid)
    total = 0
    stack = list(children.get(root, []))
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * PAGE_KIB
        except (OSError, IndexError, ValueError):
            pass
    return total


def orphans(me):
    """Processes whose parent is now this wrapper."""
    return [pid for pid, ppid in parents().items() if ppid == me]


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: tree-rusage.py OUTFILE COMMAND [ARG...]\n")
        return 2
    out, command = sys.argv[1], sys.argv[2:]
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.stderr.write("tree-rusage: prctl(PR_SET_CHILD_SUBREAPER) failed\n")
        return 2
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    me = os.getpid()
    tree_peak = 0
    sampled = 0.0
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        now = time.monotonic()
        if now - sampled >= SAMPLE_SECONDS:
            tree_peak = max(tree_peak, tree_rss_kib(me))
            sampled = now
        time.sleep(0.01)
    wall = time.monotonic() - started
    # Reap what the command left behind; kill whatever is still running after a grace period.
    deadline = time.monotonic() + ORPHAN_GRACE_SECONDS
    while True:
        try:
            reaped, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if reaped:
            continue
        tree_peak = max(tree_peak, tree_rss_kib(me))
        if time.monotonic() > deadline:
            for orphan in orphans(os.getpid()):
                try:
                    os.kill(orphan, signal.SIGKILL)
                except OSError:
                    pass
            deadline = float("inf")
        time.sleep(0.05)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w") as file:
        file.write(f"{wall:.2f} {usage.ru_utime:.2f} {usage.ru_stime:.2f} {usage.ru_maxrss} {max(tree_peak, usage.ru_maxrss)}\n")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    code = main()
    sys.exit(code if code >= 0 else 128 - code)
