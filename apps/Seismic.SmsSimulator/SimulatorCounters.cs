namespace Seismic.SmsSimulator;

/// <summary>What the Messages API has seen so far.</summary>
/// <param name="CreateRequests">Create (POST) requests received, whatever their outcome.</param>
/// <param name="Accepted">Messages created.</param>
/// <param name="TooManyRequests">Answered 429 / 20429 (storm, rate share or over the MPS limit).</param>
/// <param name="ServerErrors">Answered 500.</param>
/// <param name="OptedOutRefusals">Refused with 21610 (recipient replied STOP).</param>
/// <param name="InvalidRequests">Refused as malformed (bad number, no body, no sender) or unauthenticated.</param>
/// <param name="Hung">Requests delayed by the hang fault.</param>
public sealed record SimulatorCounters(int CreateRequests, int Accepted, int TooManyRequests, int ServerErrors, int OptedOutRefusals, int InvalidRequests, int Hung);
