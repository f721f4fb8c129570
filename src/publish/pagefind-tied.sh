#!/bin/sh
# Starts Pagefind so that it dies with the build that started it (tied-children.ts): setpriv
# asks the kernel to send it SIGKILL when its parent, the build, ends, even by `kill -9`.
real="${WIREROOM_PAGEFIND_BINARY:?}"
if command -v setpriv >/dev/null 2>&1; then
  exec setpriv --pdeathsig KILL -- "$real" "$@"
fi
exec "$real" "$@"
