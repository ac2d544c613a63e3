//! The overdracht from Veilig Thuis and the veiligheidsvoorwaarden followed after it
//! ([`crate::overdracht`]).

use crate::case::{Case, EditError};
use crate::content::Protocol;
use crate::overdracht::Overdracht;

impl Case {
    /// Records the overdracht as a whole, or clears it (`None`). Refused on an information
    /// request, which walks its own route; allowed with or without a melding recorded.
    pub(super) fn set_overdracht(&mut self, p: &Protocol, overdracht: Option<Overdracht>) -> Result<(), EditError> {
        if self.info_request.is_some() {
            return Err(EditError::OverdrachtNotOffered);
        }
        self.overdracht = match overdracht {
            Some(o) => Some(o.checked(p)?),
            None => None,
        };
        Ok(())
    }
}
