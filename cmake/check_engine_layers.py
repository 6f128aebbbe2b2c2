#!/usr/bin/env python3
"""check_engine_layers.py ENGINE_DIR: fails when an engine file includes a layer above its own.

Layers (a layer may include itself and those listed for it):
  base, codec -> base, format -> codec, restore -> format, analysis -> restore,
  archive -> restore, write -> restore (each transitively). No Qt anywhere in the engine.
"""
import os, re, sys

BELOW = {
    "base": [], "codec": ["base"], "format": ["codec"], "restore": ["format"],
    "analysis": ["restore"], "archive": ["restore"], "write": ["restore"],
}

def allowed(layer):
    out, todo = {layer}, [layer]
    while todo:
        for b in BELOW[todo.pop()]:
            if b not in out:
                out.add(b); todo.append(b)
    return out

def layer_of(path, root):
    rel = os.path.relpath(path, root).split(os.sep)
    if rel[0] == "include" and len(rel) > 2: return rel[2]
    return rel[0] if rel[0] in BELOW else None

def main():
    root = sys.argv[1]
    include = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)
    errors = []
    for dp, _, files in os.walk(root):
        for f in files:
            if not f.endswith((".h", ".cpp")): continue
            path = os.path.join(dp, f)
            layer = layer_of(path, root)
            if layer is None: continue
            ok = allowed(layer)
            for line_no, line in enumerate(open(path, encoding="utf-8"), 1):
                m = include.match(line)
                if not m: continue
                target = m.group(1)
                if target.startswith("Q") or target.startswith("qt"):
                    errors.append(f"{path}:{line_no}: the engine has no Qt: {target}")
                m2 = re.match(r"batscope/([a-z]+)/", target)
                if m2 and m2.group(1) not in ok:
                    errors.append(f"{path}:{line_no}: layer '{layer}' may not include '{target}' "
                                  f"(allowed: {', '.join(sorted(ok))})")
    for e in errors: print(e, file=sys.stderr)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
