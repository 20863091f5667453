using PhoneNumbers;

namespace Seismic.Drills.Rosters;

/// <summary>
/// Mobile numbers as the roster stores them: parsed with mainland China as the default region, checked with
/// <c>IsValidNumber</c> (which knows the allocated number blocks — <c>IsPossibleNumber</c> only checks the length),
/// then formatted E.164.
/// </summary>
public static class RosterPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Validates and normalises a number.</summary>
    /// <param name="input">As written: <c>138 0013 8000</c>, <c>+86 138-0013-8000</c>, <c>008613800138000</c>.</param>
    /// <param name="e164">The E.164 form (<c>+8613800138000</c>) when valid; empty otherwise.</param>
    /// <param name="reason">Why it is not valid; empty when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryNormalize(string? input, out string e164, out string reason)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            reason = "phone is empty";
            return false;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(input.Trim(), "CN");
        }
        catch (NumberParseException ex)
        {
            reason = "not a phone number (" + ex.ErrorType + "); write 11 digits like 13800138000 or +8613800138000";
            return false;
        }

        if (!Util.IsValidNumber(number))
        {
            reason = "not a valid number (wrong length or an unallocated block); a mainland mobile has 11 digits starting with 1";
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        reason = string.Empty;
        return true;
    }
}
