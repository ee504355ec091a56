"""Shared helper for corpus5. Each mail is one M(labels, text) call.

labels: short codes  h=health e=economy_social p=property_trade t=ethnicity
s=sexual_orientation b=belief u=union ("" = negative). CPR numbers are
written inside double square brackets in the text, e.g. [[140382-3317]];
build_corpus5.py strips the brackets, computes cpr_spans and adds `cpr`.
"""
MAILS = []
CODES = {"h": "health", "e": "economy_social", "p": "property_trade",
         "t": "ethnicity", "s": "sexual_orientation", "b": "belief",
         "u": "union"}


def M(labels, text):
    for ch in labels:
        assert ch in CODES, (labels, text[:40])
    assert len(set(labels)) == len(labels), (labels, text[:40])
    MAILS.append((labels, text.strip("\n")))
