# Meldwijzer — error messages. One message per code in crates/app/src/error.rs (CODES).
# Clear and kind: say what is going on and what you can do. Never blame.
# Text from a case never goes into an error.

error-alias-empty = Give the case a short name or code. Do not use the client's real name.
# Variables:
#   $max (Number) - the largest number of characters
error-alias-too-long = This name is too long. Use at most { $max } characters.
# Variables:
#   $max (Number) - the largest number of characters
error-text-too-long = This text is too long. Shorten it to at most { $max } characters.
# Variables:
#   $what (String) - which field is empty: fact, told-by or words
error-required =
    { $what ->
        [fact] Describe what you saw or heard.
        [told-by] Fill in who told it.
        [words] Write down the literal words.
       *[other] Please fill in this field.
    }
# Variables:
#   $kind (String) - kind of choice (internal, not shown)
#   $id (String) - the unknown choice (internal, not shown)
error-unknown-id = Meldwijzer does not know this choice. Pick one of the options from the list.
error-no-such-item = This item is not (or no longer) in the case. Open the case again and try once more.
error-reason-required = Your decision departs from the route of the weighing framework. That is possible; write down why you decide this way.
error-case-closed = This case is closed. Reopen it first if you want to change something.
error-postpone-not-offered = Postponing the conversation is only possible for forms of violence where you first consult Veilig Thuis or the police, such as sexual abuse or forced marriage. Record such a form in step 1, or choose another option for the conversation.
error-reason-empty = Briefly write down why. That reason belongs in your records.
error-kindcheck-not-started = Start the Kindcheck first.
error-kindcheck-not-closable = You can only close the Kindcheck when its outcome is that there is no concern about children. Otherwise follow the steps of the meldcode.
error-no-acute-route = There is no acute situation to acknowledge.
error-drafts-out-of-range = Your drafts could not be kept. Add what you typed first.
error-safety-plan-out-of-range = You can record at most three unsafe situations. A safety scale runs from 0 to 10.
error-case-not-found = This case was not found. It may have been deleted. Go back to the overview of your cases.
# Variables:
#   $language (String) - the requested language code
error-language-unknown = The language ‘{ $language }’ is not available. Choose Nederlands or English.
error-settings-write = Meldwijzer could not remember your setting. The app keeps working; next time you start it, you may need to set it again.
error-storage = Saving did not work. What you filled in is still on the screen. Please try again.
error-content = Meldwijzer's built-in meldcode content is damaged. Please reinstall Meldwijzer.

# ---- The vault ----

error-vault-locked = Your vault is locked. Unlock it with your passphrase first.
error-vault-not-found = Meldwijzer cannot find your vault. Nothing has changed.
error-vault-exists = There is already a vault. Unlock it with your passphrase.
error-wrong-passphrase = This passphrase is not right. Nothing has changed.
error-wrong-recovery-key = This recovery key is not right. Nothing has changed.
error-recovery-key-malformed = This recovery key was not typed correctly. Check every character.
error-no-recovery-key = No recovery key was made for this vault.
# Variables:
#   $min (Number) - the smallest number of characters
error-passphrase-too-short = This passphrase is too short. Use at least { $min } characters.
error-passphrase-weak = This passphrase is too easy to guess. { $hint }
passphrase-hint-repeated = Do not repeat the same character or part.
passphrase-hint-keyboard = A row of keys next to each other is easy to guess.
passphrase-hint-common = Many people use this passphrase.
passphrase-hint-sequence = A sequence like abc or 6543 is easy to guess.
passphrase-hint-dates = Years and dates are easy to guess.
passphrase-hint-names = Names are easy to guess.
passphrase-hint-tricks = Capitals or a digit instead of a letter do not make it much stronger.
passphrase-hint-more-words = Use a few words that do not often go together, for example a short sentence only you know.
# Variables:
#   $seconds (Number) - how many seconds to wait
error-too-many-attempts = Too many attempts in a row. Wait { $seconds } seconds, then try again.
error-vault-newer = This vault was made by a newer Meldwijzer. This older version cannot open it. Nothing has changed.
error-vault-already-open = Meldwijzer is already open on this computer. Use that window.
error-vault-corrupt = Part of your vault is damaged and cannot be read. Nothing has changed.
error-disk-full = The disk is full. What you typed is still on the screen. Make room and try again.
error-read-only = Meldwijzer cannot write to this disk. What you typed is still on the screen.
error-idle-minutes-range = Choose a time from { $min } to { $max } minutes.
error-retention-days-range = Choose a period from { $min } to { $max } days.
error-follow-up-open = This case still has a follow-up on { $date }. It can only be destroyed after that.
error-import-file = Meldwijzer cannot read this file: it is not a case file, or it is damaged. Nothing was imported.
error-import-passphrase = This passphrase does not fit this file. Nothing was imported.
error-import-format = This file holds no case Meldwijzer knows. Nothing was imported.
error-import-newer = This file comes from a newer Meldwijzer. Update Meldwijzer and try again. Nothing was imported.
error-import-work = This file asks for too much work to open and was refused. Nothing was imported.
error-import-exists = This case is already in your vault. Nothing was imported.
error-export-write = Meldwijzer could not save the file. Choose another place and try again.
error-training-off = Training mode is not on. Open training mode again from the start screen.
error-training-case-not-found = This training case does not exist (any more) in this training session.
error-adviesvraag-out-of-range = Name at most { $max } concerns, at most 20 household members and ages up to 120.
error-output-language = Meldwijzer has no outputs in that language.
error-summary-off = The plain-language summary is off. Turn it on when you write it together with the client.
error-summary-unsafe = No plain-language summary, because this is recorded: { $recorded }. A paper found at home could then put the client in danger.
error-output-inzage = { $file } can be read by { $readers }. This note is therefore not made: { $reasons }. You can make a reduced note with only what is safe; record the full report where the suspected person cannot read it.
error-output-not-for-field = This note is only for: { $fields }.
error-clipboard = Copying failed: the clipboard cannot be reached. Select the text and copy it yourself.
error-pdf-folder = That folder does not exist (any more). Choose another place. Nothing was saved.
error-pdf-write = Meldwijzer could not save the PDF. Choose another place and try again. Nothing was saved.
error-pdf-render = Meldwijzer could not make the PDF. Copy the text to your own system for now. Nothing was saved.
error-pdf-too-long = This text would take { $pages } pages, more than the { $max } a PDF may have. Shorten the text or copy it. Nothing was saved.
error-output-not-for-case = This output does not belong to this kind of case. For an information request you make only the record for the file.
error-not-an-info-request = This case was not started as an information request.

error-separate-talk-required = First record in step 3 a conversation you held with someone separately. Only after separate conversations can you record that coercive control is ruled out.
error-adult-only = Own wishes and capacity are recorded for an adult client.
error-file-token = Choose the file again. Meldwijzer only uses a file you have just chosen yourself. Nothing was read or written.
error-file-app-folder = Choose another folder. Meldwijzer does not save to or read from its own folder.
error-overdracht-not-offered = An information request has no handover by Veilig Thuis.
error-overdracht-out-of-range = Record at most { $max } safety conditions and agreements.
error-pack-refused = This pack was refused ({ $count } { $count ->
    [one] problem
   *[other] problems
  }):
    { $detail }
error-pack-unsigned = This pack is not signed. You can only import it if you say explicitly that you trust it anyway.
error-pack-none-pending = No pack was chosen. Choose a pack file first.
error-pack-not-found = This pack is not (or no longer) imported.
