# Packs (organisation and region packs): the checker's messages (shared by the app and meldwijzer-pack)
# and the pack screens. The texts of a pack itself are in the pack file (content/packs/README.md).

## Problems in a pack. Location (file, line, column) is printed before the message.
pack-error-read = This file cannot be read. Does it exist, and may you open it?
pack-error-too-large = The file is too large: a pack is at most { $max } KB.
pack-error-not-utf8 = There is a character here that is not UTF-8. Save the file as UTF-8.
pack-error-empty-file = The file is empty.
pack-error-control-char = There is an invisible control character here. Remove it.
pack-error-too-deep = Lists, tables or keys are nested too deeply here (more than { $max } levels).
pack-error-syntax = The TOML is wrong here: { $detail }
pack-error-unknown-key = Unknown key `{ $key }`. Check the spelling; the format is in content/packs/README.md.
pack-error-protected = A pack may not contain `{ $key }`: the afwegingskader, the meldnormen and the national numbers come from the national meldcode and do not change per organisation or region.
pack-error-missing-key = The key `{ $key }` is missing.
pack-error-duplicate-key = This key appears twice here.
pack-error-wrong-type = Wrong kind of value: this should be { $expected ->
    [text] text in quotes
    [list] a list [ … ]
    [bool] true or false
    [number] a whole number
   *[table] a table
  }.
pack-error-format = This is not a pack: `format` must be "{ $expected }", not "{ $found }".
pack-error-version = This Meldwijzer cannot read format version { $found }; it reads version { $supported }.
pack-error-kind = Unknown kind of pack "{ $found }": choose "organisation" or "region".
pack-error-wrong-part = A pack of kind "{ $kind }" has no `[{ $key }]`.
pack-error-id = The id may only have lowercase letters, digits and hyphens, at most { $max } characters.
pack-error-text-empty = This text is empty.
pack-error-text-too-long = This text is too long: at most { $max } characters.
pack-error-list-empty = This list is empty; put at least one line in it.
pack-error-list-too-long = This list is too long: at most { $max } lines.
pack-error-date = `{ $key }` must be a date like "2026-12-31", not "{ $value }".
pack-error-source = Source "{ $value }" is not a web address (https://…) or a document (document:…).
pack-error-web = Web address "{ $value }" must start with https://.
pack-error-email = "{ $value }" is not an e-mail address.
pack-error-national-number = This is the national number ({ $contact }). Meldwijzer already has it; a pack does not set its own version of it.
pack-error-national-consultation = Consultation "{ $id }" already exists nationally. Give your own consultation its own id.
pack-error-duplicate = "{ $id }" appears twice here.
pack-error-unknown-ref = { $kind ->
    [field] Unknown field
    [step] Unknown step id
    [partner] Unknown kind of partner
   *[other] Unknown id
  } "{ $id }".
pack-error-no-reach = Say how to reach the aandachtsfunctionaris: `phone`, `email` or `address` (work details, never a client's).
pack-error-region-code = "{ $value }" is not the code of a Veilig Thuis region (such as "VT03").
pack-error-no-veilig-thuis = A region pack names the region's Veilig Thuis organisation (a partner with kind = "veilig-thuis").
pack-error-review-before = The review date is not after `valid_from`.
pack-error-review-far = The review date is too far away: at most { $years } years after `valid_from`.
pack-error-review-past = The review date ({ $date }) has passed. Have the pack reviewed and signed again first.
pack-error-signature-bad = The signature does not match: the pack was changed after signing, or the signature belongs to another file.
pack-error-signature-malformed = This signature line cannot be read, or it is not the last line of the file.

## meldwijzer-pack
pack-problem-at = { $file }:{ $line }:{ $col }: { $message }
pack-problem-file = { $file }: { $message }
pack-check-ok = { $file }: fine ({ $kind ->
    [organisation] organisation pack
   *[region] region pack
  } "{ $name }", to be reviewed by { $review }{ $unconfirmed ->
    [0] {""}
   *[other] , { $unconfirmed } not confirmed
  }).
pack-check-signed = { $file }: signed with key { $fingerprint }{ $dev ->
    [yes] {" "}(development key, for tests only)
   *[no] {""}
  }.
pack-check-unsigned = { $file }: not signed. Sign it with: meldwijzer-pack sign { $file } --key KEY
pack-check-usage = Usage: meldwijzer-pack check [--lang nl|en] FILE...  |  meldwijzer-pack sign FILE --key KEY  |  meldwijzer-pack keygen KEY
pack-sign-ok = { $file }: signed with key { $fingerprint }.
pack-sign-bad-key = { $file }: this is not a key file made by meldwijzer-pack keygen.
pack-sign-write = { $file }: cannot be written.
pack-keygen-ok = New key in { $file }, fingerprint { $fingerprint }. Keep this file secret; share only the fingerprint.
pack-keygen-exists = { $file } already exists; choose another name.

## The app
pack-line = Pack: { $organisation } · { $region }

## The packs screens (ui/src/views/packs.js)
packs-title = Packs of your organisation and region
packs-body = A pack adds your own organisation's meldcode or your region's partners: who your aandachtsfunctionaris is, whom to call, what happens after a melding. It changes nothing in the afwegingskader or the meldnormen. Your aandachtsfunctionaris gives it to you, signed.
packs-empty = No pack imported yet.
packs-import = Import pack…
packs-close = Close
packs-remove = Remove
packs-removed = Pack removed.
packs-imported = Imported:
packs-open = Packs
packs-none = No pack of your organisation or region.
packs-kind-region = Region
packs-kind-organisation = Organisation
packs-publisher = Made by:
packs-fingerprint = Signed with key
packs-dev-key = development key, for tests only
packs-unsigned = Not signed
packs-review-by = To be reviewed by
packs-unconfirmed-count = not confirmed:
packs-past-review = Out of date: review date passed
packs-preview-title = Check before you import:
packs-unsigned-warning = This pack is not signed. You cannot tell who made it or whether someone changed it. Import it only if you are sure where it comes from.
packs-dev-key-warning = This pack is signed with Meldwijzer's development key. That key is public and proves nothing about who made it: for tests and examples only.
packs-accept-unsigned = I know where this pack comes from and import it anyway, without a signature.
packs-confirm = Import
packs-replaces = This replaces the pack:
packs-not-confirmed = not confirmed
packs-phone = Phone:
packs-email = E-mail:
packs-stale = Note: this pack's review date has passed. Check the details with your aandachtsfunctionaris:
packs-inform = Inform:
packs-dossier = File:
packs-step2-title = Consult your aandachtsfunctionaris
packs-local-title = In your organisation and region
packs-af-title = Your aandachtsfunctionaris
packs-consultations-title = Consultation in your organisation
packs-vt-title = Veilig Thuis in your region
packs-next-title = What happens next in
packs-partners-title = Partners in your region
packs-route-title = The route in your organisation
packs-notes-title = From your organisation's meldcode
packs-acute-title = Centrum Seksueel Geweld in
av-organisation-from-pack = Fill in from your pack:
