using Seismic.Web;

// Composition: the drills domain's IDrillEvents and stores, AddSeismicTwilio and the Hangfire adapter's entry point
// are registered between AddSeismicWeb and Build; the web layer resolves IDrillEvents per request.
var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection("Web").Get<WebOptions>() ?? new WebOptions();
WebComposition.AddSeismicWeb(builder, options);
var app = builder.Build();
WebComposition.MapSeismicWeb(app);
await app.RunAsync().ConfigureAwait(false);
