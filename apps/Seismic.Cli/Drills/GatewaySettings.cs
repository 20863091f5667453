using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Twilio;
using Seismic.Cli.Infrastructure;

namespace Seismic.Cli.Drills;

/// <summary>
/// The real SMS provider, configured from the environment so that secrets stay out of command lines and shell history:
/// SEISMIC_TWILIO_ACCOUNT_SID, SEISMIC_TWILIO_AUTH_TOKEN, SEISMIC_TWILIO_FROM or SEISMIC_TWILIO_MESSAGING_SERVICE_SID,
/// optional SEISMIC_TWILIO_BASE_URL; links and callbacks point at SEISMIC_PUBLIC_URL (the web app, `seismic serve`).
/// </summary>
internal static class GatewaySettings
{
    public const string AccountSid = "SEISMIC_TWILIO_ACCOUNT_SID";
    public const string AuthToken = "SEISMIC_TWILIO_AUTH_TOKEN";
    public const string From = "SEISMIC_TWILIO_FROM";
    public const string MessagingServiceSid = "SEISMIC_TWILIO_MESSAGING_SERVICE_SID";
    public const string BaseUrl = "SEISMIC_TWILIO_BASE_URL";
    public const string PublicUrl = "SEISMIC_PUBLIC_URL";

    /// <summary>The Twilio options, or a usage error naming what is missing.</summary>
    public static TwilioOptions TwilioFromEnvironment()
    {
        var sid = Environment.GetEnvironmentVariable(AccountSid);
        var token = Environment.GetEnvironmentVariable(AuthToken);
        var from = Environment.GetEnvironmentVariable(From);
        var service = Environment.GetEnvironmentVariable(MessagingServiceSid);
        if (string.IsNullOrWhiteSpace(sid) || string.IsNullOrWhiteSpace(token) || (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(service)))
        {
            throw new UsageException(
                $"no SMS provider configured: set {AccountSid}, {AuthToken} and {From} (or {MessagingServiceSid}), or use --simulate");
        }

        var baseUrl = Environment.GetEnvironmentVariable(BaseUrl);
        var options = new TwilioOptions
        {
            AccountSid = sid,
            AuthToken = token,
            From = string.IsNullOrWhiteSpace(from) ? null : from,
            MessagingServiceSid = string.IsNullOrWhiteSpace(service) ? null : service,
            BaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? new Uri("https://api.twilio.com") : ParseUrl(BaseUrl, baseUrl),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        return options;
    }

    /// <summary>The public base URL of the web app (links, callbacks), or null when not configured.</summary>
    public static Uri? PublicBaseUrl()
    {
        var value = Environment.GetEnvironmentVariable(PublicUrl);
        return string.IsNullOrWhiteSpace(value) ? null : ParseUrl(PublicUrl, value);
    }

    /// <summary>
    /// Delivery options for the real provider: links and status callbacks point at the web app's public URL, which must
    /// be configured (a usage error names the variable otherwise).
    /// </summary>
    public static DeliveryOptions RealDelivery()
    {
        var publicUrl = PublicBaseUrl()
                        ?? throw new UsageException($"set {PublicUrl} to the web app's public URL (links and delivery callbacks point there)");
        return new DeliveryOptions { AckBaseUrl = publicUrl, StatusCallbackUrl = new Uri(publicUrl, "webhooks/twilio/status") };
    }

    /// <summary>The base of personal links in reports and previews: the public URL when set, else the local default.</summary>
    public static Uri AckBase() => PublicBaseUrl() ?? new DeliveryOptions().AckBaseUrl;

    /// <summary>The real provider.</summary>
    public static ISmsGateway CreateGateway(TwilioOptions options) => TwilioGateway.Create(options);

    private static Uri ParseUrl(string variable, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new UsageException($"{variable}={value}: not an absolute http(s) URL");
}
