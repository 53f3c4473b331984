#!/usr/bin/env python3
"""Copies the repository's files that a `docker build .` would send (.dockerignore applied) into DEST.
Usage: docker-context.py DEST. Supports the pattern forms SkillMap's .dockerignore uses: a leading
**/ (any depth), * within one path segment, a trailing / for folders."""
import os, re, shutil, subprocess, sys

dest = sys.argv[1]
root = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
patterns = [l.strip() for l in open(os.path.join(root, ".dockerignore"), encoding="utf-8") if l.strip() and not l.strip().startswith("#")]

def to_regex(pattern):
    any_depth = pattern.startswith("**/")
    body = pattern[3:] if any_depth else pattern
    body = re.escape(body.rstrip("/")).replace(r"\*", "[^/]*")
    return re.compile("^" + ("(.*/)?" if any_depth else "") + body + "(/.*)?$")

rules = [to_regex(p) for p in patterns]
files = subprocess.check_output(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=root, text=True).splitlines()
copied = 0
for f in files:
    if any(r.match(f) for r in rules) or not os.path.isfile(os.path.join(root, f)):
        continue
    target = os.path.join(dest, f)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copy2(os.path.join(root, f), target)
    copied += 1
print(f"{copied} files in the build context")
