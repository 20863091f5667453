namespace Seismic.Drills.Plans;

/// <summary>One timed inject of a master scenario events list (MSEL).</summary>
/// <param name="Id">Id unique within the plan (e.g. <c>announce</c>, <c>alarm</c>); part of every message's idempotency key.</param>
/// <param name="Kind">What the inject sends.</param>
/// <param name="Offset">Time relative to T0 (negative before the drill).</param>
/// <param name="TemplateId">The message template it uses.</param>
/// <param name="ExpectedAction">What recipients are expected to do (for evaluators and the after-action report).</param>
/// <param name="ExpectedWithin">How long the expected action should take (e.g. acknowledge within 15 minutes); null if none.</param>
public sealed record DrillInject(
    string Id, InjectKind Kind, TimeSpan Offset, string TemplateId, string ExpectedAction, TimeSpan? ExpectedWithin);
