namespace Seismic.SmsSimulator;

/// <summary>What the simulator does with one create request.</summary>
internal enum CreateOutcome
{
    Accept,
    TooManyRequests,
    ServerError,
    OptedOut,
}

/// <summary>The decision for one create request, taken under the state's lock so a seed reproduces it.</summary>
/// <param name="Outcome">Accept or refuse.</param>
/// <param name="Hang">How long to stall before answering (zero for none).</param>
/// <param name="Message">The created message when accepted.</param>
/// <param name="Plan">Its delivery outcome and reply when accepted.</param>
internal sealed record CreateDecision(CreateOutcome Outcome, TimeSpan Hang, SimulatedMessage? Message, DeliveryPlan? Plan);

/// <summary>How an accepted message ends and whether the handset answers.</summary>
/// <param name="FinalStatus">delivered, undelivered or failed.</param>
/// <param name="ErrorCode">30003 / 30008 for undelivered / failed.</param>
/// <param name="Reply">The reply text, or null.</param>
/// <param name="ReplyDelay">Delay between delivery and reply.</param>
/// <param name="ReplySid">The reply's SID, drawn in request order so a seed reproduces it.</param>
internal sealed record DeliveryPlan(string FinalStatus, int? ErrorCode, string? Reply, TimeSpan ReplyDelay, string? ReplySid);
