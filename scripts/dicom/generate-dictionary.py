#!/usr/bin/python3
"""Generate the DICOM data dictionaries used by viewer/dicom.

Run with Debian's python (it has pydicom):  /usr/bin/python3 scripts/dicom/generate-dictionary.py

Sources (both from Debian packages, so the result is reproducible on any Debian machine):
  * public dictionary: pydicom._dicom_dict.DicomDictionary and RepeatersDictionary
    (the DICOM standard as packaged with python3-pydicom);
  * private dictionary: dcmtk's /usr/share/libdcmtk17/private.dic (libdcmtk17), which is what
    dcmtk uses to name and type private tags, so our reader gives implicit-VR private tags the
    same VR as dcm2json does.

Output (committed, in the resources module):
  dictionary.tsv          tag<TAB>VR<TAB>VM<TAB>keyword<TAB>name<TAB>retired
                          tag is 8 hex digits, 'x' for masked digits of repeating groups (50xx, 60xx...)
  private-dictionary.tsv  creator<TAB>group<TAB>element<TAB>VR<TAB>VM<TAB>keyword
                          group is 4 hex digits or 'gggg-gggg' for a range of odd groups;
                          element is the low byte (2 hex digits) within the creator's block.
"""
import os
import re
import sys

from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'resources', 'src', 'main',
                   'resources', 'eu', 'eucaim', 'workstation', 'resources', 'dicom')
PRIVATE_DIC = '/usr/share/libdcmtk17/private.dic'


def clean(text):
    return text.replace('\t', ' ').replace('\n', ' ').strip()


def public_rows():
    rows = []
    for tag, (vr, vm, name, retired, keyword) in DicomDictionary.items():
        rows.append(('%08X' % tag, vr, vm, keyword, clean(name), 'R' if retired else ''))
    for mask, (vr, vm, name, retired, keyword) in RepeatersDictionary.items():
        rows.append((mask.upper().replace('X', 'x'), vr, vm, keyword, clean(name), 'R' if retired else ''))
    rows.sort(key=lambda r: r[0].replace('x', '0'))
    return rows


PRIVATE_LINE = re.compile(r'^\(([0-9A-Fa-f]{4})(?:-o-([0-9A-Fa-f]{4}))?,"([^"]*)",([0-9A-Fa-f]{2})\)\t([^\t]*)\t([^\t]*)\t([^\t]*)')


def private_rows():
    rows = []
    if not os.path.exists(PRIVATE_DIC):
        sys.exit('missing ' + PRIVATE_DIC + ' (apt-get install libdcmtk17)')
    with open(PRIVATE_DIC, encoding='latin-1') as f:
        for line in f:
            m = PRIVATE_LINE.match(line)
            if not m:
                continue
            g1, g2, creator, elem, vr, keyword, vm = m.groups()
            vr = vr.strip().upper()
            if len(vr) != 2 or vr in ('OX', 'PX', 'XS'):
                vr = {'OX': 'OB or OW', 'PX': 'OB or OW', 'XS': 'US or SS'}.get(vr, 'UN')
            group = g1.upper() if g2 is None else g1.upper() + '-' + g2.upper()
            rows.append((clean(creator), group, elem.upper(), vr, vm.strip(), keyword.strip()))
    return rows


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('#' + '\t'.join(header) + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print('wrote %d rows to %s' % (len(rows), os.path.normpath(path)))


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    write('dictionary.tsv', ('tag', 'vr', 'vm', 'keyword', 'name', 'retired'), public_rows())
    write('private-dictionary.tsv', ('creator', 'group', 'element', 'vr', 'vm', 'keyword'), private_rows())
