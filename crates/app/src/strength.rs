//! How strong a new passphrase is: at least [`meldwijzer_store::MIN_PASSPHRASE_CHARS`]
//! characters, not all blank or one character repeated, and rated "hard to guess" by zxcvbn
//! (a maintained estimator of guesses: common passwords, words, names, keyboard patterns,
//! repeats, sequences, dates). Its English feedback is mapped to Fluent ids
//! (`passphrase-hint-*` in `errors.ftl`), so the professional reads it in Dutch.

use zxcvbn::feedback::{Suggestion, Warning};
use zxcvbn::Score;

/// The lowest zxcvbn score accepted: more than 10^8 guesses (`Three`: up to 10^10), about
/// three years of tries at one Argon2id derivation a second.
pub const MIN_SCORE: Score = Score::Three;

/// zxcvbn's dictionaries are English; these common Dutch password words and the app's own
/// names are added as known words, so "welkom2026!" is not taken for a random string.
pub const DUTCH_COMMON: &[&str] = &[
    "wachtwoord",
    "welkom",
    "geheim",
    "hallo",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "voetbal",
    "liefde",
    "schat",
    "schatje",
    "prinses",
    "konijn",
    "poes",
    "hond",
    "vakantie",
    "school",
    "werk",
    "kantoor",
    "nederland",
    "amsterdam",
    "rotterdam",
    "utrecht",
    "ajax",
    "feyenoord",
    "psv",
    "oranje",
    "meldwijzer",
    "meldcode",
    "veilig",
    "thuis",
    "veiligthuis",
    "kluis",
    "wijkteam",
    "jeugdzorg",
];

/// How many characters of a passphrase zxcvbn looks at.
pub const JUDGED_CHARS: usize = 100;

/// Why a passphrase is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    /// Fewer characters than the minimum.
    TooShort,
    /// Too easy to guess; `hint` is a Fluent id with advice.
    Guessable {
        /// `passphrase-hint-*`.
        hint: &'static str,
    },
}

/// Judges a new passphrase; `user_inputs` are words the estimator should count as known.
pub fn judge(passphrase: &str, user_inputs: &[&str]) -> Result<(), Weakness> {
    if passphrase.chars().count() < meldwijzer_store::MIN_PASSPHRASE_CHARS {
        return Err(Weakness::TooShort);
    }
    let mut chars = passphrase.chars();
    let first = chars.next();
    if passphrase.trim().is_empty() || chars.all(|c| Some(c) == first) {
        return Err(Weakness::Guessable { hint: crate::ftl("passphrase-hint-repeated") });
    }
    // zxcvbn's matching grows faster than the length: judge at most the first
    // `JUDGED_CHARS` characters (a longer passphrase only gets stronger).
    let judged: String = passphrase.chars().take(JUDGED_CHARS).collect();
    let entropy = zxcvbn::zxcvbn(&judged, user_inputs);
    if entropy.score() >= MIN_SCORE {
        return Ok(());
    }
    let feedback = entropy.feedback();
    let hint = feedback
        .and_then(|f| f.warning())
        .map(warning_hint)
        .or_else(|| feedback.and_then(|f| f.suggestions().first().copied()).map(suggestion_hint))
        .unwrap_or(crate::ftl("passphrase-hint-more-words"));
    Err(Weakness::Guessable { hint })
}

fn warning_hint(w: Warning) -> &'static str {
    use crate::ftl;
    match w {
        Warning::StraightRowsOfKeysAreEasyToGuess | Warning::ShortKeyboardPatternsAreEasyToGuess => {
            ftl("passphrase-hint-keyboard")
        }
        Warning::RepeatsLikeAaaAreEasyToGuess | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            ftl("passphrase-hint-repeated")
        }
        Warning::ThisIsATop10Password
        | Warning::ThisIsATop100Password
        | Warning::ThisIsACommonPassword
        | Warning::ThisIsSimilarToACommonlyUsedPassword => ftl("passphrase-hint-common"),
        Warning::SequencesLikeAbcAreEasyToGuess => ftl("passphrase-hint-sequence"),
        Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => ftl("passphrase-hint-dates"),
        Warning::AWordByItselfIsEasyToGuess => ftl("passphrase-hint-more-words"),
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess | Warning::CommonNamesAndSurnamesAreEasyToGuess => {
            ftl("passphrase-hint-names")
        }
    }
}

fn suggestion_hint(s: Suggestion) -> &'static str {
    use crate::ftl;
    match s {
        Suggestion::AvoidRepeatedWordsAndCharacters => ftl("passphrase-hint-repeated"),
        Suggestion::AvoidSequences => ftl("passphrase-hint-sequence"),
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => ftl("passphrase-hint-dates"),
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => ftl("passphrase-hint-keyboard"),
        Suggestion::CapitalizationDoesntHelpVeryMuch
        | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase
        | Suggestion::ReversedWordsArentMuchHarderToGuess
        | Suggestion::PredictableSubstitutionsDontHelpVeryMuch => ftl("passphrase-hint-tricks"),
        Suggestion::UseAFewWordsAvoidCommonPhrases
        | Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters
        | Suggestion::AddAnotherWordOrTwo => ftl("passphrase-hint-more-words"),
    }
}

impl crate::App {
    /// Refuses a new passphrase (for the vault or an export file) that is too short
    /// (`error-passphrase-too-short`) or too easy to guess (`error-passphrase-weak`, with the
    /// hint's Fluent id as `hint` and its text in the message).
    pub(crate) fn check_new_passphrase(&self, passphrase: &str) -> Result<(), crate::ApiError> {
        match judge(passphrase, DUTCH_COMMON) {
            Ok(()) => Ok(()),
            Err(Weakness::TooShort) => {
                let min = meldwijzer_store::MIN_PASSPHRASE_CHARS;
                Err(self.err(crate::error::Code {
                    code: "error-passphrase-too-short",
                    args: vec![("min", min.to_string())],
                }))
            }
            Err(Weakness::Guessable { hint }) => {
                let text = self.l10n.text(hint);
                let mut err =
                    self.err(crate::error::Code { code: "error-passphrase-weak", args: vec![("hint", text)] });
                // The code and the hint's id leave the app; the words only in the message.
                err.args.insert("hint".into(), hint.to_string());
                Err(err)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_one_repeated_character_are_refused() {
        for p in ["          ", "                    ", "aaaaaaaaaaaa", "............", "\t\t\t\t\t\t\t\t\t\t"] {
            assert_eq!(judge(p, &[]), Err(Weakness::Guessable { hint: "passphrase-hint-repeated" }), "{p:?}");
        }
    }

    #[test]
    fn common_and_patterned_passphrases_are_refused_with_a_hint() {
        for p in ["wachtwoord", "password123", "qwertyuiop", "1234567890", "abcdefghijk", "welkom2026!", "abcabcabcabc"]
        {
            assert!(matches!(judge(p, DUTCH_COMMON), Err(Weakness::Guessable { .. })), "{p:?} must be refused");
        }
        assert_eq!(judge("kort", &[]), Err(Weakness::TooShort));
    }

    #[test]
    fn a_very_long_passphrase_is_judged_quickly_on_its_start() {
        let long = "paarse olifant op de fiets ".repeat(40_000);
        assert_eq!(judge(&long, DUTCH_COMMON), Ok(()));
        let blank = " ".repeat(1_000_000);
        assert!(judge(&blank, DUTCH_COMMON).is_err());
    }

    #[test]
    fn a_few_uncommon_words_pass() {
        for p in ["paarse olifant op de fiets", "overdracht aan collega Jansen", "brug-koffie-vlinder-72"] {
            assert_eq!(judge(p, DUTCH_COMMON), Ok(()), "{p:?} is a fine passphrase");
        }
    }
}
