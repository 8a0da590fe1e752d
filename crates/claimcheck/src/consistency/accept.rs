//! Accepted differences: what a person reviewed and decided is not an error
//! (in `.claimcheck.yaml` or a fact file). An accepted finding is still
//! reported, with its reason, and never fails a run.

use serde::{Deserialize, Serialize};

use super::model::{Finding, Report, Severity, Verdict};

/// A difference a person reviewed and accepted: findings on `key` (and
/// `scope`, when given) whose values are all among `values` are reported as
/// accepted and never fail a run. A new value (a third source saying 16)
/// makes the finding fail again.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Accepted {
    /// The concept key of the finding.
    pub key: String,
    /// The values involved, as the sources write them (nominal values).
    pub values: Vec<f64>,
    /// The scope of the finding; any scope when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Why the difference is acceptable; required, and shown in every report.
    pub reason: String,
}

impl Accepted {
    /// Checks what serde cannot: a reason, values, finite numbers.
    pub fn validate(&self) -> Result<(), String> {
        if self.reason.trim().is_empty() {
            return Err(format!(
                "accepting a difference on {:?} needs a non-empty `reason`",
                self.key
            ));
        }
        if self.values.is_empty() {
            return Err(format!(
                "accepting a difference on {:?} needs the `values` involved",
                self.key
            ));
        }
        if let Some(v) = self.values.iter().find(|v| !v.is_finite()) {
            return Err(format!("value {v} is not a finite number"));
        }
        Ok(())
    }

    /// True when `finding` is this accepted difference.
    pub fn matches(&self, finding: &Finding) -> bool {
        finding.key == self.key
            && self
                .scope
                .as_ref()
                .is_none_or(|s| finding.scope.as_ref() == Some(s))
            && finding
                .claims
                .iter()
                .all(|c| c.value.is_some_and(|v| self.values.contains(&v)))
    }
}

/// Marks the findings a person accepted, with the first matching reason.
pub fn apply_accepted(report: &mut Report, accepted: &[Accepted]) {
    for finding in &mut report.findings {
        if finding.kind == Verdict::Agreement {
            continue;
        }
        if let Some(a) = accepted.iter().find(|a| a.matches(finding)) {
            finding.accepted = Some(a.reason.clone());
        }
    }
    report.recount();
}

/// True when `finding` should fail a run at `level`: at or above the level,
/// and not accepted.
pub fn fails(finding: &Finding, level: Option<Severity>) -> bool {
    finding.accepted.is_none() && level.is_some_and(|l| finding.severity >= l)
}
