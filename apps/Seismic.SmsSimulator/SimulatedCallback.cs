namespace Seismic.SmsSimulator;

/// <summary>A webhook the simulator posted (status callback or inbound message), exactly as sent.</summary>
/// <param name="Url">The URL posted to.</param>
/// <param name="Parameters">The form parameters.</param>
/// <param name="Signature">The X-Twilio-Signature header.</param>
/// <param name="ResponseStatus">HTTP status answered, 0 when unreachable.</param>
public sealed record SimulatedCallback(Uri Url, IReadOnlyList<KeyValuePair<string, string>> Parameters, string Signature, int ResponseStatus);
