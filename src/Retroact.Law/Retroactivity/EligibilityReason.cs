namespace Retroact.Law.Retroactivity;

/// <summary>
/// Why a case is or is not eligible for a reduction under 18 U.S.C. §3582(c)(2) and USSG §1B1.10, a closed set.
/// When several hold, the first in declaration order is reported, except that <see cref="RangeNotLowered"/> is
/// tested twice: before <see cref="CareerOffender"/> when neither the offense level nor the criminal history
/// category changed, and after <see cref="MandatoryMinimum"/> for any other reason the range did not fall.
/// </summary>
public enum EligibilityReason : byte
{
    /// <summary>The amendment has nothing to say about this case (not a §2D1.1 case for a drug amendment; no status points for 821 Part A; not a zero-point offender for 821 Part B).</summary>
    NotApplicable,

    /// <summary>
    /// The record lacks a fact that decides whether the amendment lowers the range (no status points recorded for 821 Part A;
    /// no §4C1.1 criteria or no points for 821 Part B; no drug quantity where the amended level depends on it): not a
    /// finding of ineligibility. The trace names the missing field.
    /// </summary>
    InsufficientData,

    /// <summary>The defendant was sentenced under a Manual edition that already included the amendment.</summary>
    AlreadyApplied,

    /// <summary>The amendment, or the part relied on, is not listed in §1B1.10(d).</summary>
    NotCovered,

    /// <summary>The listed amendments do not lower the applicable guideline range.</summary>
    RangeNotLowered,

    /// <summary>The listed amendments lower the offense level or the criminal history category, but the §4B1.1 career-offender guideline still sets the range.</summary>
    CareerOffender,

    /// <summary>The listed amendments lower the range, but a statutory minimum keeps it where it was.</summary>
    MandatoryMinimum,

    /// <summary>The range fell, but the term is already at or below the lowest term the court may impose.</summary>
    NoReductionAvailable,

    /// <summary>A reduction is possible: the modelled reduced term is below the term imposed.</summary>
    Eligible,
}

/// <summary>The JSON code, citation and plain-language meaning of each <see cref="EligibilityReason"/>.</summary>
public static class EligibilityReasons
{
    /// <summary>The code written in the decision JSON, e.g. "range-not-lowered".</summary>
    public static string Code(this EligibilityReason reason) => reason switch
    {
        EligibilityReason.NotApplicable => "not-applicable",
        EligibilityReason.InsufficientData => "insufficient-data",
        EligibilityReason.AlreadyApplied => "already-applied",
        EligibilityReason.NotCovered => "not-covered",
        EligibilityReason.RangeNotLowered => "range-not-lowered",
        EligibilityReason.CareerOffender => "career-offender",
        EligibilityReason.MandatoryMinimum => "mandatory-minimum",
        EligibilityReason.NoReductionAvailable => "no-reduction-available",
        _ => "eligible",
    };

    /// <summary>The provision that gives the reason its effect.</summary>
    public static string Citation(this EligibilityReason reason) => reason switch
    {
        EligibilityReason.NotApplicable => "USSG §1B1.10(a)(2)(A)",
        EligibilityReason.InsufficientData => "USSG §1B1.10(a)(1), (a)(2) (eligibility turns on a fact the record does not give)",
        EligibilityReason.AlreadyApplied => "18 U.S.C. §3582(c)(2) (\"subsequently been lowered\"); USSG §1B1.10(a)(1)",
        EligibilityReason.NotCovered => "USSG §1B1.10(a)(1), (a)(2)(A), (d)",
        EligibilityReason.RangeNotLowered => "USSG §1B1.10(a)(2)(B) and comment. (n.1(A))",
        EligibilityReason.CareerOffender => "USSG §1B1.10(a)(2)(B) and comment. (n.1(A)); §4B1.1(b)",
        EligibilityReason.MandatoryMinimum => "USSG §1B1.10(a)(2)(B) and comment. (n.1(A)); §5G1.1(b), (c)(2)",
        EligibilityReason.NoReductionAvailable => "USSG §1B1.10(b)(2)(A), (C)",
        _ => "18 U.S.C. §3582(c)(2); USSG §1B1.10(a)(1)",
    };

    /// <summary>The reason in a plain sentence, for reports read by people who do not know the codes.</summary>
    public static string Meaning(this EligibilityReason reason) => reason switch
    {
        EligibilityReason.NotApplicable => "the amendment does not reach this kind of case",
        EligibilityReason.InsufficientData => "undetermined: the record lacks a fact that decides whether the range falls (not a finding of ineligibility)",
        EligibilityReason.AlreadyApplied => "sentenced under a Manual that already included the amendment",
        EligibilityReason.NotCovered => "the amendment or the part relied on is not listed for retroactive use",
        EligibilityReason.RangeNotLowered => "the amendment does not lower the guideline range",
        EligibilityReason.CareerOffender => "the amendment lowers the offense level or criminal history category, but the career-offender guideline (§4B1.1) still sets the range",
        EligibilityReason.MandatoryMinimum => "the amendment lowers the Sentencing Table range, but a statutory minimum holds the guideline range where it was",
        EligibilityReason.NoReductionAvailable => "the range falls, but the term is already at or below the lowest term the court may impose",
        _ => "the range falls and a reduced term is possible",
    };

    /// <summary>Parses a JSON code back to the reason; <c>null</c> for an unknown code.</summary>
    public static EligibilityReason? FromCode(string code)
    {
        foreach (var reason in Enum.GetValues<EligibilityReason>())
        {
            if (reason.Code() == code)
            {
                return reason;
            }
        }

        return null;
    }
}
