#!/usr/bin/env python3
"""Fails when a production file (core/, ui/, app/) is over 700 lines or one of its
functions is over 120 lines (from the line of its opening brace to its closing one).
Functions are found as clang-format lays them out here: the opening brace alone at the
start of a line after the signature, the closing brace alone at the start of a line.
Usage: tools/check-sizes.py [ROOT]"""
import os
import sys

MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 120
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
problems = []
for top in ('core', 'ui', 'app'):
    for folder, _, files in os.walk(os.path.join(root, top)):
        for name in sorted(files):
            if not name.endswith(('.cpp', '.h')):
                continue
            path = os.path.join(folder, name)
            shown = os.path.relpath(path, root)
            with open(path, encoding='utf-8') as f:
                lines = f.read().split('\n')
            if lines and lines[-1] == '':
                lines.pop()
            if len(lines) > MAX_FILE_LINES:
                problems.append(f'{shown}: {len(lines)} lines (at most {MAX_FILE_LINES})')
            start = None
            for number, line in enumerate(lines, 1):
                if line == '{' and number > 1 and not lines[number - 2].rstrip().endswith(('=', ';')) \
                        and not lines[number - 2].startswith(('class ', 'struct ', 'enum ', 'namespace ', 'union ')):
                    start = number
                elif line.startswith('}') and line.rstrip() in ('}', '};') and start is not None:
                    length = number - start + 1
                    if length > MAX_FUNCTION_LINES:
                        signature = lines[start - 2].strip()
                        problems.append(f'{shown}:{start - 1}: {signature[:80]} is {length} lines '
                                        f'(at most {MAX_FUNCTION_LINES})')
                    start = None
for problem in problems:
    print('sizes: ' + problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f'sizes: no production file over {MAX_FILE_LINES} lines, no function over {MAX_FUNCTION_LINES}')
