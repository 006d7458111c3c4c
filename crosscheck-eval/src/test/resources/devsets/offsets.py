#!/usr/bin/env python3
"""Computes basil-12.json (offsets) from basil-12.src (the hand annotation) and the BASIL texts.

usage: offsets.py SHARED_DIR [--list]

Every listed string is marked at each whole-word occurrence, longest strings first, never overlapping an earlier
mark of the same layer (entities or quantities); "[...]" inside a string marks the span within its context.
Offsets are Python str indices converted to Java UTF-16 indices. Fails when a string is not found.
"""
import gzip, hashlib, json, re, sys
from pathlib import Path

HERE = Path(__file__).parent


def utf16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2


def parse(src):
    arts, cur = [], None
    for line in src.read_text(encoding='utf-8').splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@ '):
            _, aid, key = line.split()
            cur = {'id': aid, 'key': key, 'E': [], 'I': [], 'Q': [], 'QI': []}
            arts.append(cur)
            continue
        tag, rest = line.split(' ', 1)
        parts = [p.strip() for p in rest.split(' | ')]
        if tag in ('E', 'I'):
            parts = [parts[1], parts[0]] + parts[2:]  # mention first, as in Q lines
        cur[tag].append(parts)
    return arts


def occurrences(text, pattern):
    """(start, end) of the bracketed span (or the whole string) at each whole-word occurrence."""
    if '[' in pattern:
        pre, rest = pattern.split('[', 1)
        span, post = rest.split(']', 1)
    else:
        pre, span, post = '', pattern, ''
    whole = pre + span + post
    rx = re.compile(r'(?<![\w])' + re.escape(whole) + r'(?![\w])')
    return [(m.start() + len(pre), m.start() + len(pre) + len(span)) for m in rx.finditer(text)]


def mark(text, items, key):
    taken, out = [], []
    for item in sorted(items, key=lambda it: -len(it[0].replace('[', '').replace(']', ''))):
        found = occurrences(text, item[0])
        if not found:
            sys.exit(f'{key}: "{item[0]}" not found')
        n = 0
        for s, e in found:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append((s, e, item))
            n += 1
        if n == 0:
            sys.exit(f'{key}: "{item[0]}" only inside longer marks')
    return sorted(out)


def main():
    shared = Path(sys.argv[1])
    rows = {}
    with gzip.open(shared / 'data' / 'stories' / 'basil-dev.jsonl.gz', 'rt', encoding='utf-8') as f:
        for line in f:
            j = json.loads(line)
            rows[j['id']] = j
    result = {'about': 'Our entity and quantity annotations of twelve BASIL articles; see GUIDELINES.md. '
                       'Offsets are Java UTF-16 indices into the article text of basil-dev.jsonl.gz.',
              'articles': []}
    for a in parse(HERE / 'basil-12.src'):
        r = rows[a['id']]
        text = r['text']
        ents = mark(text, a['E'] + a['I'], a['key'])
        qs = mark(text, a['Q'] + a['QI'], a['key'])
        art = {'id': a['id'], 'key': a['key'], 'story': r['story'], 'outlet': r['outlet'],
               'sha256': hashlib.sha256(text.encode('utf-8')).hexdigest(),
               'entities': [], 'entity_ignore': [], 'quantities': [], 'quantity_ignore': []}
        for s, e, it in ents:
            span = {'start': utf16(text, s), 'end': utf16(text, e)}
            if len(it) == 2:
                art['entity_ignore'].append({'start': span['start'], 'end': span['end']})
            else:
                art['entities'].append({'start': span['start'], 'end': span['end'], 'type': it[1],
                                        'canonical': it[2]})
        for s, e, it in qs:
            if len(it) == 1:
                art['quantity_ignore'].append({'start': utf16(text, s), 'end': utf16(text, e)})
            else:
                art['quantities'].append({'start': utf16(text, s), 'end': utf16(text, e), 'value': float(it[1]),
                                          'unit': it[2], 'qualifier': it[3]})
        if '--list' in sys.argv:
            print('==', a['key'])
            for x in art['entities']:
                print('  E', x['type'], repr(text[x['start']:x['end']]), '->', x['canonical'])
            for x in art['quantities']:
                print('  Q', repr(text[x['start']:x['end']]), x['value'], x['unit'], x['qualifier'])
        result['articles'].append(art)
    (HERE / 'basil-12.json').write_text(json.dumps(result, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')
    n_e = sum(len(a['entities']) for a in result['articles'])
    n_q = sum(len(a['quantities']) for a in result['articles'])
    print(f'{len(result["articles"])} articles, {n_e} entity mentions, {n_q} quantities', file=sys.stderr)


if __name__ == '__main__':
    main()
