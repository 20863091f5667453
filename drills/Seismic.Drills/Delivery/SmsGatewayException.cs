namespace Seismic.Drills.Delivery;

/// <summary>A send the provider refused or that could not reach it.</summary>
public sealed class SmsGatewayException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="errorCode">Provider error code (e.g. <c>21610</c>, <c>20429</c>) or HTTP status, or null for a network failure.</param>
    /// <param name="isTransient">True when retrying later can succeed (429/20429, 5xx, timeouts).</param>
    /// <param name="retryAfter">The provider's Retry-After hint, if any.</param>
    /// <param name="innerException">The cause.</param>
    public SmsGatewayException(string message, string? errorCode, bool isTransient, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception with a message only (transient, no code).</summary>
    public SmsGatewayException()
        : this("SMS provider failure", null, true)
    {
    }

    /// <summary>Creates the exception with a message (transient, no code).</summary>
    /// <param name="message">What happened.</param>
    public SmsGatewayException(string message)
        : this(message, null, true)
    {
    }

    /// <summary>Creates the exception with a message and cause (transient, no code).</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public SmsGatewayException(string message, Exception innerException)
        : this(message, null, true, null, innerException)
    {
    }

    /// <summary>Provider error code or HTTP status; null for network failures.</summary>
    public string? ErrorCode { get; }

    /// <summary>True when a later retry can succeed.</summary>
    public bool IsTransient { get; }

    /// <summary>The provider's Retry-After hint.</summary>
    public TimeSpan? RetryAfter { get; }
}
