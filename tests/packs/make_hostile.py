#!/usr/bin/env python3
"""Writes tests/packs/hostile/*.toml: malformed and hostile packs, each of which must be refused with a located message
(tests/core/packs.rs). Run from the repository root after changing the base packs; the signed variants are made by
tests/core/packs.rs itself (`signed_hostile`), since signing needs the key and the checker."""
import os, re
root = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(root, 'hostile')
strip = lambda s: re.sub(r'# meldwijzer-pack-signature:.*\n?', '', s)
region = strip(open(os.path.join(root, '../../content/packs/regions/flevoland.toml')).read())
org = strip(open(os.path.join(root, '../../content/packs/organisations/school-de-vlinderboom.toml')).read())
cases = {}
def r(name, text): cases[name] = text
def sub(base, old, new, count=1):
    assert old in base, old
    return base.replace(old, new, count)

# Overriding the national meldcode.
r('meldnorm-table', region + '\n[meldnormen]\nacuut = "niet melden"\n')
r('meldnorm-key', sub(region, 'name = "Flevoland"', 'name = "Flevoland"\nmeldnorm = "anders"'))
r('afwegingskader-table', org + '\n[afwegingskader]\nvermoeden = "nee"\n')
r('afwegingen-in-org', sub(org, 'field = "onderwijs"', 'field = "onderwijs"\nafwegingen = ["vermoeden"]'))
r('questions-key', sub(region, 'code = "VT03"', 'code = "VT03"\nquestions = []'))
r('contacts-override', region + '\n[[contact]]\nid = "veilig-thuis"\nnumber = "0800-1234"\n')
r('contacts-in-region', sub(region, 'code = "VT03"', 'code = "VT03"\ncontacts = { veilig-thuis = "0800-1234" }'))
r('national-number-vt', sub(region, 'web = "https://www.veiligthuisflevoland.nl"', 'phone = "0800-2000"\nweb = "https://www.veiligthuisflevoland.nl"'))
r('national-number-112', sub(org, 'phone = "intern toestel 214"', 'phone = "112"'))
r('national-number-csg', sub(region, 'address = "Almere (locatie via het landelijke nummer)"', 'phone = "0800 0188"'))
r('national-consultation', sub(org, 'id = "zorgteam"', 'id = "veilig-thuis-advies"'))
r('routing-key', sub(region, '[[region.next]]\nstep = "beslissen"', '[[region.next]]\nrouting = "melden"\nstep = "beslissen"'))
r('outcomes-key', sub(org, '[organisation]', '[organisation]\noutcomes = ["melden"]'))
r('decisions-key', org + '\ndecisions = { melden = "nee" }\n')
r('national-table', region + '\n[national]\nveilig-thuis = "0800-0000"\n')
r('steps-table', org + '\n[[steps]]\nid = "signalen"\n')
# Header.
r('no-format', sub(region, 'format = "meldwijzer-pack"\n', ''))
r('wrong-format', sub(region, 'format = "meldwijzer-pack"', 'format = "meldwijzer-oefencasus"'))
r('format-number', sub(region, 'format = "meldwijzer-pack"', 'format = 1'))
r('no-version', sub(region, 'version = 1\n', ''))
r('newer-version', sub(region, 'version = 1', 'version = 2'))
r('version-text', sub(region, 'version = 1', 'version = "1"'))
r('kind-unknown', sub(region, 'kind = "region"', 'kind = "gemeente"'))
r('kind-mismatch', sub(region, 'kind = "region"', 'kind = "organisation"'))
r('org-with-region-part', org + '\n[region]\ncode = "VT03"\nmunicipalities = ["Almere"]\n')
r('bad-id', sub(region, 'id = "regio-flevoland"', 'id = "Regio Flevoland!"'))
r('id-too-long', sub(region, 'id = "regio-flevoland"', 'id = "' + 'a' * 80 + '"'))
r('empty-name', sub(region, 'name = "Flevoland"', 'name = "   "'))
r('missing-publisher', sub(region, 'publisher = "Meldwijzer-voorbeeld (ondertekend met de ontwikkelsleutel)"\n', ''))
# Dates.
r('past-review-date', sub(sub(region, 'review_by = "2027-12-01"', 'review_by = "2025-06-01"'), 'valid_from = "2026-12-01"\nreview_by', 'valid_from = "2024-12-01"\nreview_by'))
r('review-before-valid', sub(region, 'review_by = "2027-12-01"', 'review_by = "2026-11-01"'))
r('review-too-far', sub(region, 'review_by = "2027-12-01"', 'review_by = "2035-12-01"'))
r('bad-date', sub(region, 'review_by = "2027-12-01"', 'review_by = "1 december 2027"'))
r('impossible-date', sub(region, 'review_by = "2027-12-01"', 'review_by = "2027-02-30"'))
r('toml-datetime', sub(region, 'review_by = "2027-12-01"', 'review_by = 2027-12-01'))
r('entry-bad-valid-from', sub(region, 'source = "https://www.veiligthuisflevoland.nl"\nvalid_from = "2026-12-01"', 'source = "https://www.veiligthuisflevoland.nl"\nvalid_from = "ooit"'))
# Entries.
r('entry-no-source', sub(region, 'source = "https://www.blijfgroep.nl"\n', ''))
r('entry-source-not-url', sub(region, 'source = "https://www.blijfgroep.nl"', 'source = "gehoord van een collega"'))
r('entry-no-valid-from', sub(org, 'confirmed = true\n\n[[organisation.route]]', 'confirmed = true\n\n[[organisation.route]]', 1).replace('valid_from = "2026-12-01"\nconfirmed = true\n\n[[organisation.consultation]]', 'confirmed = true\n\n[[organisation.consultation]]'))
r('entry-no-confirmed', sub(region, 'confirmed = false\n\n[[region.partner]]\nkind = "csg"', '\n[[region.partner]]\nkind = "csg"'))
r('confirmed-text', sub(region, '\nconfirmed = false', '\nconfirmed = "nee"'))
r('web-http', sub(region, 'web = "https://www.veiligthuisflevoland.nl"', 'web = "http://www.veiligthuisflevoland.nl"'))
r('web-javascript', sub(region, 'web = "https://www.blijfgroep.nl"', 'web = "javascript:alert(1)"'))
r('bad-email', sub(org, 'email = "aandacht@vlinderboom.invalid"', 'email = "aandacht bij vlinderboom"'))
r('partner-kind-unknown', sub(region, 'kind = "opvang"', 'kind = "tovenaar"'))
r('partner-no-kind', sub(region, 'kind = "opvang"\n', ''))
r('no-veilig-thuis', sub(region, 'kind = "veilig-thuis"', 'kind = "overig"'))
r('region-code', sub(region, 'code = "VT03"', 'code = "Flevoland"'))
r('no-municipalities', sub(region, 'municipalities = ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]\n\n[[region.partner]]', 'municipalities = []\n\n[[region.partner]]'))
r('unknown-step', sub(region, 'step = "beslissen"', 'step = "stap-6"'))
r('org-na-melding-route', sub(org, 'step = "beslissen"\ninform', 'step = "na-melding"\ninform'))
r('route-empty', sub(org, 'inform = "De directeur wordt vóór een melding op de hoogte gebracht; de melding doet de leerkracht of de intern begeleider."\ndossier = "Het stappenverslag bij de intern begeleider, niet in het dossier dat ouders lezen."\n', ''))
r('note-no-text', sub(org, 'text = "Gaat het om een medewerker of stagiair? Dan volg je niet de meldcode maar de meldplicht: informeer meteen de directeur of het bestuur."\n', ''))
r('unknown-field', sub(org, 'field = "onderwijs"', 'field = "bakkerij"'))
r('no-aandachtsfunctionaris', re.sub(r'\[organisation\.aandachtsfunctionaris\].*?\n\n', '', org, flags=re.S))
r('af-no-role', sub(org, 'role = "Intern begeleider, aandachtsfunctionaris"\n', ''))
r('af-no-reach', sub(sub(org, 'phone = "intern toestel 214"\n', ''), 'email = "aandacht@vlinderboom.invalid"\n', ''))
r('duplicate-consultation', org + '\n[[organisation.consultation]]\nid = "zorgteam"\nname = "Nog eens"\nwhat = "Dubbel"\nsource = "https://example.org"\nvalid_from = "2026-12-01"\nconfirmed = true\n')
r('consultation-bad-id', sub(org, 'id = "zorgteam"', 'id = "Zorg Team"'))
r('unknown-key-top', sub(region, 'name = "Flevoland"', 'name = "Flevoland"\nkleur = "blauw"'))
r('unknown-key-partner', sub(region, 'kind = "csg"', 'kind = "csg"\nopeningstijden = "altijd"'))
r('typo-key', sub(region, 'municipalities = ["Almere"', 'municipalitys = ["Almere"'))
r('missing-region-part', region.split('[region]')[0])
r('missing-org-part', org.split('[organisation]')[0])
r('duplicate-key', sub(region, 'name = "Flevoland"', 'name = "Flevoland"\nname = "Almere"'))
r('wrong-type-list', sub(region, 'municipalities = ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]\n\n[[region.partner]]', 'municipalities = "Almere"\n\n[[region.partner]]'))
r('wrong-type-table', sub(org, '[organisation.aandachtsfunctionaris]', 'aandachtsfunctionaris = "mevrouw X"\n[organisation.extra]'))
# Text limits and bytes.
r('text-too-long', sub(region, 'name = "Blijf Groep (vrouwenopvang en hulp bij huiselijk geweld)"', 'name = "' + 'lang ' * 300 + '"'))
r('control-char', sub(region, 'name = "Flevoland"', 'name = "Flevo\\u0007land"'))
r('nul-byte', sub(region, 'name = "Flevoland"', 'name = "Flevo\x00land"'))
r('too-many-partners', region + ''.join('\n[[region.partner]]\nkind = "overig"\nname = "P%d"\nsource = "https://example.org"\nvalid_from = "2026-12-01"\nconfirmed = false\n' % i for i in range(61)))
r('too-many-municipalities', sub(region, '["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]\n\n[[region.partner]]', '[' + ', '.join('"G%d"' % i for i in range(70)) + ']\n\n[[region.partner]]'))
r('oversized', region + '# ' + 'x' * (70 * 1024) + '\n')
r('deep-arrays', sub(region, 'code = "VT03"', 'code = "VT03"\nx = ' + '[' * 30 + ']' * 30))
r('deep-inline-tables', org + '\nx = ' + '{ a = ' * 12 + '1' + ' }' * 12 + '\n')
r('deep-dotted-keys', org + '\na.b.c.d.e.f.g = 1\n')
r('empty-file', '')
r('only-comments', '# niets\n# hier\n')
r('syntax-error', sub(region, 'name = "Flevoland"', 'name = "Flevoland'))
r('binary-garbage', None)
r('not-utf8', None)
r('bom-utf16', None)
# Signature lines that cannot be right without a key.
r('signature-garbage', region + '# meldwijzer-pack-signature: ed25519 zz zz\n')
r('signature-wrong-alg', region + '# meldwijzer-pack-signature: rsa ' + '00' * 32 + ' ' + '00' * 64 + '\n')
r('signature-zero', region + '# meldwijzer-pack-signature: ed25519 ' + '11' * 32 + ' ' + '00' * 64 + '\n')
r('signature-not-last', region + '# meldwijzer-pack-signature: ed25519 ' + '11' * 32 + ' ' + '00' * 64 + '\nname2 = "x"\n')
r('signature-short', region + '# meldwijzer-pack-signature: ed25519 ' + '11' * 32 + ' ' + '00' * 10 + '\n')

# Signed packs changed afterwards (the committed example packs are signed with the development key).
signed_region = open(os.path.join(root, '../../content/packs/regions/flevoland.toml')).read()
signed_org = open(os.path.join(root, '../../content/packs/organisations/school-de-vlinderboom.toml')).read()
trailer = lambda s: s[s.index('# meldwijzer-pack-signature:'):]
r('altered-after-signing', sub(signed_region, 'name = "Flevoland"', 'name = "Flevoland!"'))
r('altered-one-letter', sub(signed_org, 'intern toestel 214', 'intern toestel 215'))
r('altered-line-added', sub(signed_region, 'code = "VT03"', 'code = "VT03"\n# een extra regel'))
r('altered-newline-removed', signed_org.replace(trailer(signed_org), '').rstrip('\n') + '\n\n' + trailer(signed_org))
r('signature-from-other-file', region + trailer(signed_org))
r('signature-then-more', signed_region + 'publisher2 = "x"\n')
r('signature-line-indented', signed_region.replace('# meldwijzer-pack-signature: ', '#  meldwijzer-pack-signature: '))
r('signature-line-not-a-comment', signed_org.replace('# meldwijzer-pack-signature: ', 'x = 1 # meldwijzer-pack-signature: '))
r('signed-past-review', sub(signed_region, 'review_by = "2027-12-01"', 'review_by = "2026-12-02"'))

os.makedirs(out, exist_ok=True)
for name, text in cases.items():
    path = os.path.join(out, name + '.toml')
    if name == 'binary-garbage':
        data = bytes(range(256)) * 4
    elif name == 'not-utf8':
        data = region.encode()[:200] + b'\xff\xfe caf\xe9\n' + region.encode()[200:]
    elif name == 'bom-utf16':
        data = '\ufeff'.encode('utf-16') + region.encode('utf-16-le')
    else:
        data = text.encode()
    open(path, 'wb').write(data)
print(len(cases), 'files')
