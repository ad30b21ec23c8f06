#!/usr/bin/env python3
"""Related words from WordNet 3.0 (Debian's wordnet-base), for measuring query expansion.

For each single word of WordNet, the words of its first SENSES senses (WordNet lists a word's
senses commonest first): the other lemmas of each synset, and of the synsets it points to as
similar (&), also-see (^), derivationally related (+) and, for nouns and verbs, hypernym (@)
when asked. Writes `word<TAB>related related ...` lines.

WordNet 3.0 licence (Princeton University): "Permission to use, copy, modify and distribute this
software and database and its documentation for any purpose and without fee or royalty is hereby
granted, provided that ... the copyright notice and these statements appear on ALL copies";
see /usr/share/doc/wordnet-base/copyright.

  python3 scripts/meaning/wordnet-related.py OUT [SENSES] [hypernyms]
"""
import os, re, sys

WORDNET = "/usr/share/wordnet"
PARTS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def read_data(part):
    synsets = {}
    with open(os.path.join(WORDNET, "data." + part), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            offset = fields[0]
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            words = [re.sub(r"\(.*\)$", "", w) for w in words]
            position = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[position])):
                symbol, target, target_part = fields[position + 1], fields[position + 2], fields[position + 3]
                pointers.append((symbol, target, target_part))
                position += 4
            synsets[(PARTS[part] if PARTS[part] != "a" else "a", offset)] = (words, pointers)
    return synsets


def main():
    out = sys.argv[1]
    senses = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    hypernyms = len(sys.argv) > 3 and sys.argv[3] == "hypernyms"
    synsets = {}
    for part in PARTS:
        synsets.update(read_data(part))
    def key(part, offset):
        part = "a" if part in ("a", "s") else part
        return (part, offset)
    follow = {"&", "^", "+"} | ({"@", "@i"} if hypernyms else set())
    related = {}
    for part in PARTS:
        with open(os.path.join(WORDNET, "index." + part), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                word = fields[0]
                if not re.fullmatch(r"[a-z]+", word):
                    continue
                synset_count = int(fields[2])
                offsets = fields[-synset_count:][:senses]
                found = related.setdefault(word, [])
                for offset in offsets:
                    words, pointers = synsets[key(PARTS[part], offset)]
                    linked = [words]
                    for symbol, target, target_part in pointers:
                        if symbol in follow:
                            linked.append(synsets[key(target_part, target)][0])
                    for group in linked:
                        for w in group:
                            if re.fullmatch(r"[a-z]+", w) and w != word and w not in found:
                                found.append(w)
    with open(out, "w") as f:
        for word in sorted(related):
            if related[word]:
                f.write(word + "\t" + " ".join(related[word]) + "\n")


if __name__ == "__main__":
    main()
