#!/usr/bin/env python3
"""Makes the manual pages (English and Vietnamese) and the bash completion of xhht from
the program's own `--help` texts, so that they never drift from it.
Usage: tools/make-docs.py XHHT_BINARY OUTPUT_DIR
Writes OUTPUT_DIR/man/man1/xhht.1, OUTPUT_DIR/man/vi/man1/xhht.1 and
OUTPUT_DIR/bash-completion/xhht."""
import datetime
import os
import re
import subprocess
import sys

LANGUAGES = {
    'en': {
        'name': 'follow the learning society movement 2024-2030 (xã hội học tập)',
        'sections': ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'ENVIRONMENT', 'FILES', 'EXIT STATUS'),
        'manual': 'User Commands',
        'environment': [
            ('XHHT_DB', 'The database file when --db is not given.'),
            ('XHHT_LANG', 'The language of the program and its messages: vi (the default) or en. '
                          'Official documents are always in Vietnamese.'),
        ],
        'files': 'The database, unless --db or XHHT_DB names another: xhht.sqlite in the user\'s data '
                 'folder (on Linux ~/.local/share/SoVHTTDL-TayNinh/xhht/).',
    },
    'vi': {
        'name': 'theo dõi Phong trào thi đua xây dựng xã hội học tập 2024 - 2030',
        'sections': ('TÊN', 'CÚ PHÁP', 'MÔ TẢ', 'BIẾN MÔI TRƯỜNG', 'TỆP', 'MÃ THOÁT'),
        'manual': 'Lệnh của người dùng',
        'environment': [
            ('XHHT_DB', 'Tệp cơ sở dữ liệu khi không có --db.'),
            ('XHHT_LANG', 'Ngôn ngữ của chương trình và các thông báo: vi (mặc định) hoặc en. '
                          'Văn bản hành chính luôn bằng tiếng Việt.'),
        ],
        'files': 'Cơ sở dữ liệu, nếu --db hoặc XHHT_DB không chỉ tệp khác: xhht.sqlite trong thư mục '
                 'dữ liệu của người dùng (trên Linux: ~/.local/share/SoVHTTDL-TayNinh/xhht/).',
    },
}
COLUMN = 40  # where the descriptions start in `xhht --help`


def run(binary, language, *arguments):
    env = dict(os.environ, XHHT_LANG=language, QT_QPA_PLATFORM='offscreen')
    result = subprocess.run([binary, *arguments], env=env, capture_output=True, text=True, check=True)
    return result.stdout


def parse_help(text):
    """The usage line, the description paragraphs, the sections of items and the closing lines."""
    lines = text.rstrip('\n').split('\n')
    usage = lines[0].split(':', 1)[1].strip() if ':' in lines[0] else lines[0]
    description, sections, closing = [], [], []
    current = None
    for line in lines[1:]:
        if not line.strip():
            current = None
            continue
        if not line.startswith(' ') and line.rstrip().endswith(':'):
            current = (line.rstrip()[:-1], [])
            sections.append(current)
            continue
        if current is None:
            (closing if sections else description).append(line.strip())
            continue
        text = line.strip()
        indent = len(line) - len(line.lstrip(' '))
        parts = re.split(r' {2,}', text, maxsplit=1)
        synopsis, rest = parts[0], parts[1].strip() if len(parts) > 1 else ''
        if indent >= COLUMN - 2:
            current[1][-1][1].append(text)  # the description goes on
        elif indent <= 2:
            current[1].append(([synopsis], [rest] if rest else []))
        else:
            current[1].append(([synopsis], [rest] if rest else []))  # an option of the item above
    return usage, description, sections, closing


def roff(text):
    text = text.replace('\\', '\\e').replace('-', '\\-')
    return '\\&' + text if text.startswith(('.', "'")) else text


def man_page(binary, language, version):
    words = LANGUAGES[language]
    usage, description, sections, closing = parse_help(run(binary, language, '--help'))
    name, synopsis, described, environment, files, status = words['sections']
    date = datetime.date.today().isoformat()
    out = [f'.TH XHHT 1 "{date}" "xhht {version}" "{words["manual"]}"',
           f'.SH {name}', f'xhht \\- {roff(words["name"])}',
           f'.SH {synopsis}', f'.B xhht', roff(usage.split(' ', 1)[1] if usage.startswith('xhht ') else usage),
           f'.SH {described}']
    for paragraph in description:
        out += ['.PP', roff(paragraph)]
    for title, items in sections:
        out.append(f'.SS {roff(title)}')
        for synopses, texts in items:
            out.append('.TP')
            out.append('.B ' + roff(synopses[0]))
            for more in synopses[1:]:
                out += ['.br', '.B ' + roff(more)]
            out.append(roff(' '.join(texts)))
    out.append(f'.SH {environment}')
    for variable, text in words['environment']:
        out += ['.TP', f'.B {variable}', roff(text)]
    out += [f'.SH {files}', roff(words['files'])]
    out.append(f'.SH {status}')
    for line in closing:
        out += ['.PP', roff(line)]
    return '\n'.join(out) + '\n'


def completion(binary):
    usage, description, sections, closing = parse_help(run(binary, 'en', '--help'))
    commands, subcommands = [], {}
    for title, items in sections:
        for synopses, _ in items:
            words = synopses[0].split()
            if words[0].startswith(('-', '[')):
                continue
            if words[0] not in commands:
                commands.append(words[0])
            if len(words) > 1 and re.fullmatch(r'[a-z]+', words[1]):
                subcommands.setdefault(words[0], [])
                if words[1] not in subcommands[words[0]]:
                    subcommands[words[0]].append(words[1])
    options = {}
    for command in commands:
        # The command's own options: QCommandLineParser lists them after the general help.
        text = run(binary, 'en', command, '--help').rsplit('\nOptions:\n', 1)[-1]
        found = []
        for option in re.findall(r'(?<![\w-])(--?[a-z][a-z-]*)', text):
            if option not in found:
                found.append(option)
        options[command] = found
    general = [o for o in re.findall(r'(?<![\w-])(--?[a-z][a-z-]*)', '\n'.join(
        ' '.join(s) for _, items in sections for s, _ in items if s[0].startswith('-')))]
    cases = []
    for command in commands:
        subs = ' '.join(subcommands.get(command, []))
        cases.append(f'        {command}) opts="{" ".join(options[command])}"; subs="{subs}" ;;')
    return '''# bash completion for xhht, made by tools/make-docs.py from `xhht --help`: do not edit.
_xhht()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local command="" subcommand="" opts="" subs="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --db | -o | --output | --year | --format | --group | --phase | --date | --number | --units | --years | --today) ((i++)) ;;
            -*) ;;
            *) if [[ -z $command ]]; then command=${COMP_WORDS[i]}; elif [[ -z $subcommand ]]; then subcommand=${COMP_WORDS[i]}; fi ;;
        esac
    done
    case $prev in
        --db | -o | --output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "tsv csv json text" -- "$cur")); return ;;
    esac
    case $command in
        "") COMPREPLY=($(compgen -W "''' + ' '.join(commands + sorted(set(general))) + '''" -- "$cur")); return ;;
''' + '\n'.join(cases) + '''
        *) return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [[ -n $subs && -z $subcommand ]]; then
        COMPREPLY=($(compgen -W "$subs" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _xhht xhht
'''


def main():
    binary, output = sys.argv[1], sys.argv[2]
    version = run(binary, 'en', '--version').split('\n')[0].split()[-1]
    for language, folder in (('en', 'man/man1'), ('vi', 'man/vi/man1')):
        os.makedirs(os.path.join(output, folder), exist_ok=True)
        with open(os.path.join(output, folder, 'xhht.1'), 'w', encoding='utf-8') as f:
            f.write(man_page(binary, language, version))
    os.makedirs(os.path.join(output, 'bash-completion'), exist_ok=True)
    with open(os.path.join(output, 'bash-completion', 'xhht'), 'w', encoding='utf-8') as f:
        f.write(completion(binary))


if __name__ == '__main__':
    main()
