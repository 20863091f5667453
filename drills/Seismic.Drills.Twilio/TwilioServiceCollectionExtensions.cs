using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Seismic.Drills.Delivery;

namespace Seismic.Drills.Twilio;

/// <summary>The Twilio adapter's entry point for dependency injection.</summary>
public static class TwilioServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISmsGateway"/> (one long-lived gateway with pooled connections) and the options, which the
    /// web layer also reads for the auth token that webhook signatures are checked with.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">Account, sender, base URL, timeouts and retry limits.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddSeismicTwilio(this IServiceCollection services, TwilioOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider => TwilioGateway.Create(options, null, provider.GetService<TimeProvider>()));
        return services;
    }
}
