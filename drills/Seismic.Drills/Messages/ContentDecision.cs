namespace Seismic.Drills.Messages;

/// <summary>The China content rules' answer for one text to one number.</summary>
/// <param name="Verdict">Allow, flag or refuse.</param>
/// <param name="IdenticalBefore">Texts identical to this one already sent to the number in the window.</param>
/// <param name="DistinctIncludingThis">Different texts the number will have had in the window, counting this one.</param>
/// <param name="Reason">Why (empty when allowed).</param>
public sealed record ContentDecision(ContentVerdict Verdict, int IdenticalBefore, int DistinctIncludingThis, string Reason);
