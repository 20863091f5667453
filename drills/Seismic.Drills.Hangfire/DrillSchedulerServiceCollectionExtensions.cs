using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Seismic.Drills.Hangfire.Jobs;

namespace Seismic.Drills.Hangfire;

/// <summary>Registers the drill scheduler: job storage, <see cref="DrillSchedule"/>, the job classes and a <see cref="DrillSchedulerServer"/>.</summary>
public static class DrillSchedulerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scheduler. The jobs resolve <c>IDrillOperations</c> (and the recurring-training job
    /// <c>IDrillStore</c>) from the container, so register those too. Also registered: <see cref="JobStorage"/> (for the
    /// dashboard), <see cref="IBackgroundJobClient"/> and <see cref="IRecurringJobManager"/> on that storage.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="options">Storage, workers, queues and polling.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSeismicDrillsScheduler(this IServiceCollection services, DrillSchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Storage);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WorkerCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.WorkerCount, 100);
        if (!options.Queues.Contains(DrillSchedulerOptions.DrillQueue))
        {
            throw new ArgumentException($"the server's queues must include '{DrillSchedulerOptions.DrillQueue}'", nameof(options));
        }

        // Fails at registration rather than at the first recurring training.
        _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);

        services.AddSingleton(options);
        services.AddSingleton(_ => SchedulerStorageFactory.Create(options));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton(sp => new DrillSchedule(
            sp.GetRequiredService<JobStorage>(),
            sp.GetRequiredService<IBackgroundJobClient>(),
            sp.GetRequiredService<IRecurringJobManager>(),
            options));
        services.AddSingleton(sp => new DrillSchedulerServer(
            sp.GetRequiredService<JobStorage>(),
            options,
            new ServiceProviderJobActivator(sp.GetRequiredService<IServiceScopeFactory>()),
            sp.GetRequiredService<DrillSchedule>()));
        services.AddTransient<DispatchInjectJob>();
        services.AddTransient<ProcessOutboxJob>();
        services.AddTransient<EscalationJob>();
        services.AddTransient<RecurringTrainingJob>();
        return services;
    }
}
