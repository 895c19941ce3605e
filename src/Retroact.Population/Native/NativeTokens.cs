using Retroact.Law.Cases;
using Retroact.Population.Reading;

namespace Retroact.Population.Native;

/// <summary>How the native formats spell case format v1's enumerations (documented in <c>docs/native-csv-format.md</c>).</summary>
public static class NativeTokens
{
    /// <summary>Criminal history categories: I … VI.</summary>
    public static readonly TokenSet<CriminalHistoryCategory> Category = new(
        ("I", CriminalHistoryCategory.I), ("II", CriminalHistoryCategory.II), ("III", CriminalHistoryCategory.III),
        ("IV", CriminalHistoryCategory.IV), ("V", CriminalHistoryCategory.V), ("VI", CriminalHistoryCategory.VI));

    /// <summary>§3B1.2 roles: minimal (a), minor (b), intermediate.</summary>
    public static readonly TokenSet<MitigatingRole> Role = new(
        ("minimal", MitigatingRole.Minimal), ("minor", MitigatingRole.Minor), ("intermediate", MitigatingRole.Intermediate));

    /// <summary>Government motions: 5K1.1, 3553(e), rule-35(b).</summary>
    public static readonly TokenSet<SubstantialAssistance> Assistance = new(
        ("5K1.1", SubstantialAssistance.Section5K1_1), ("3553(e)", SubstantialAssistance.Section3553e), ("rule-35(b)", SubstantialAssistance.Rule35b));

    /// <summary>Custody status: institution, rrc, home-confinement.</summary>
    public static readonly TokenSet<CustodyStatus> Status = new(
        ("institution", CustodyStatus.Institution), ("rrc", CustodyStatus.Rrc), ("home-confinement", CustodyStatus.HomeConfinement));

    /// <summary>Citizenship: us, non-us.</summary>
    public static readonly TokenSet<Citizenship> Citizen = new(("us", Citizenship.Us), ("non-us", Citizenship.NonUs));

    /// <summary>Detainer authorities: ice, state, other.</summary>
    public static readonly TokenSet<Detainer> DetainerAuthority = new(("ice", Detainer.Ice), ("state", Detainer.State), ("other", Detainer.Other));

    /// <summary>The separator of list-valued columns (detainers, zero-point disqualifiers, assumed).</summary>
    public const char ListSeparator = ';';

    /// <summary>The token for a known-empty list of zero-point disqualifiers (an empty cell means unknown).</summary>
    public const string NoDisqualifiers = "none";
}
