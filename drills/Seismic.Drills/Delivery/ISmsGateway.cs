namespace Seismic.Drills.Delivery;

/// <summary>An SMS provider (Twilio, or the local Twilio-compatible simulator through the same adapter).</summary>
public interface ISmsGateway
{
    /// <summary>Sends one message. Does not retry permanent errors; the adapter may retry transient ones itself.</summary>
    /// <param name="request">The message.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The provider's acceptance.</returns>
    /// <exception cref="SmsGatewayException">The provider refused it or could not be reached.</exception>
    Task<SmsSendResult> SendAsync(SmsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Messages the provider has sent to a number since an instant (reconciliation before a resend).</summary>
    /// <param name="recipient">E.164 recipient.</param>
    /// <param name="since">Lower bound on creation time.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The provider's records.</returns>
    Task<IReadOnlyList<SentSms>> ListSentAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken = default);
}
