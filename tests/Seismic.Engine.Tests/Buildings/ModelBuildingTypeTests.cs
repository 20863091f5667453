using Seismic.Engine.Buildings;

namespace Seismic.Engine.Tests.Buildings;

public class ModelBuildingTypeTests
{
    [Theory]
    [InlineData("C1M", "C1", HeightClass.Mid)]
    [InlineData("URML", "URM", HeightClass.Low)]
    [InlineData("URMM", "URM", HeightClass.Mid)]
    [InlineData("S1H", "S1", HeightClass.High)]
    [InlineData("W1", "W1", HeightClass.None)]
    [InlineData("PC1", "PC1", HeightClass.None)]
    [InlineData("URM", "URM", HeightClass.None)]
    public void Parse_SplitsBaseTypeAndHeightClass(string code, string baseType, HeightClass height)
    {
        var type = ModelBuildingType.Parse(code);

        type.BaseType.Should().Be(baseType);
        type.Height.Should().Be(height);
        type.Code.Should().Be(code);
    }
}
