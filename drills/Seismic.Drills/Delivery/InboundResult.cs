namespace Seismic.Drills.Delivery;

/// <summary>The effect of an inbound SMS and the reply to send back, if any.</summary>
/// <param name="Outcome">What it did.</param>
/// <param name="ReplyText">A short confirmation in the sender's language, or null.</param>
public sealed record InboundResult(InboundOutcome Outcome, string? ReplyText);
