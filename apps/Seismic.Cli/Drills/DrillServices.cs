using Seismic.Drills;
using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Messages;

namespace Seismic.Cli.Drills;

/// <summary>The drills domain composed over one set of stores and one SMS provider.</summary>
internal sealed class DrillServices
{
    public DrillServices(DrillStores stores, ISmsGateway gateway, DeliveryOptions delivery, QuietHours quietHours, TimeProvider time)
    {
        Stores = stores;
        Delivery = delivery;
        var composer = new MessageComposer();
        Injects = new InjectDispatcher(stores, composer, quietHours, delivery, time);
        Escalations = new EscalationService(stores, composer, delivery, time);
        Alerts = new AlertService(stores, composer, delivery, time);
        Processor = new OutboxProcessor(stores, gateway, delivery, time);
        Operations = new DrillOperations(stores, Injects, Escalations, Processor);
        Events = new DrillEvents(stores, delivery, time);
    }

    public DrillStores Stores { get; }

    public DeliveryOptions Delivery { get; }

    public InjectDispatcher Injects { get; }

    public EscalationService Escalations { get; }

    public AlertService Alerts { get; }

    public OutboxProcessor Processor { get; }

    public DrillOperations Operations { get; }

    public DrillEvents Events { get; }
}
