using Seismic.Web;

// The web layer alone. `seismic serve` is the composed app: it registers the drills stores, the domain's IDrillEvents
// and the scheduler dashboard between AddSeismicWeb and Build; a host of its own must register IDrillEvents the same way.
var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection("Web").Get<WebOptions>() ?? new WebOptions();
WebComposition.AddSeismicWeb(builder, options);
var app = builder.Build();
WebComposition.MapSeismicWeb(app);
await app.RunAsync().ConfigureAwait(false);
