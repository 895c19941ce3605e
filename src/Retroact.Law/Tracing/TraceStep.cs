namespace Retroact.Law.Tracing;

/// <summary>
/// One step of an explained result: what was decided, from which inputs, with what value, under which
/// provision. A reader checks a decision against the Manual by reading its steps in order.
/// </summary>
/// <param name="Step">What the step determines, e.g. "Base offense level".</param>
/// <param name="Inputs">The facts the step used, as a reader would write them, e.g. "heroin 50 kg".</param>
/// <param name="Value">The value the step produced, e.g. "36".</param>
/// <param name="Citation">The provision applied, with its edition, e.g. "USSG §2D1.1(c)(2) (Nov. 1, 2014)".</param>
public sealed record TraceStep(string Step, string Inputs, string Value, string Citation);
