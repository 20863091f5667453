using Microsoft.Extensions.DependencyInjection.Extensions;
using Seismic.Web.Acks;
using Seismic.Web.Webhooks;

namespace Seismic.Web;

/// <summary>
/// The web app's composition point. The host (this app's Program, or <c>seismic serve</c>) calls
/// <see cref="AddSeismicWeb"/> on the builder, registers the drills domain (<c>IDrillEvents</c> and the stores), the
/// Twilio gateway (<c>AddSeismicTwilio</c>, whose auth token also checks webhook signatures unless
/// <see cref="WebOptions.TwilioAuthToken"/> is set) and the Hangfire server and dashboard through the Hangfire adapter's
/// entry point, then builds the app and calls <see cref="MapSeismicWeb"/>.
/// </summary>
public static class WebComposition
{
    /// <summary>Registers the web layer's services: options, the webhook replay guard, antiforgery.</summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="options">Public URL, webhook auth token, replay window.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddSeismicWeb(WebApplicationBuilder builder, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new WebhookReplayGuard(sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "seismic.af";
            o.FormFieldName = "__af";
        });
        return builder;
    }

    /// <summary>Maps <c>/webhooks/twilio/status</c>, <c>/webhooks/twilio/inbound</c> and <c>/ack/{token}</c>.</summary>
    /// <param name="app">The built application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapSeismicWeb(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        TwilioWebhookEndpoints.Map(app);
        AckEndpoints.Map(app);
        return app;
    }
}
