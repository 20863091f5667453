namespace Seismic.Engine.Buildings;

/// <summary>Opens the reference tables shipped inside the engine assembly (engine/Seismic.Engine/Data/*.csv).</summary>
internal static class EmbeddedTables
{
    public static TextReader Open(string fileName)
    {
        var name = "Seismic.Engine.Data." + fileName;
        var stream = typeof(EmbeddedTables).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded table {name} is missing from the engine assembly");
        return new StreamReader(stream);
    }
}
