using Seismic.Engine.Buildings;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Survey;

public class SurveyStatusTests
{
    [Fact]
    public void Compute_CountsSurveyedAndOverduePerStreetAndCommunity()
    {
        var model = SampleDistrict.Create();
        var b = model.Buildings;
        SurveyEntry Surveyed(int i, DateOnly? date) => new(SurveyRecord.FromBuilding(b[i]) with { SurveyDate = date }, true);
        SurveyEntry[] survey =
        [
            Surveyed(0, new DateOnly(2024, 6, 1)),
            Surveyed(1, new DateOnly(2020, 6, 1)),
            Surveyed(2, null),
            new(SurveyRecord.FromBuilding(b[3]), false),
        ];

        var status = SurveyStatus.Compute(model, survey, new DateOnly(2026, 1, 1));

        status.District.Buildings.Should().Be(5);
        status.District.Surveyed.Should().Be(3);
        status.District.Overdue.Should().Be(2, "the 2020 survey is older than 5 years and the undated one cannot show it is not");
        status.District.PercentDone.Should().BeApproximately(60, 1e-9);
        status.Unassigned.Should().Be(1, "B-0005 has no community");
        var jiangnan = status.Streets.Single(s => s.Code == "440105-04");
        (jiangnan.Buildings, jiangnan.Surveyed, jiangnan.Overdue).Should().Be((2, 2, 1));
        var nanhua = status.Streets.Single(s => s.Code == "440105-05");
        (nanhua.Buildings, nanhua.Surveyed, nanhua.Overdue, nanhua.Remaining).Should().Be((2, 1, 1, 1));
        nanhua.PercentDone.Should().BeApproximately(50, 1e-9);
        var qingfeng = status.Communities.Single(c => c.Code == "440105-04-01");
        (qingfeng.Buildings, qingfeng.Surveyed, qingfeng.Overdue).Should().Be((1, 1, 0));
    }

    [Fact]
    public void Compute_UsesTheCycleGiven()
    {
        var model = SampleDistrict.Create();
        var survey = new[] { new SurveyEntry(SurveyRecord.FromBuilding(model.Buildings[0]) with { SurveyDate = new DateOnly(2023, 6, 1) }, true) };

        SurveyStatus.Compute(model, survey, new DateOnly(2026, 1, 1), cycleYears: 2).District.Overdue.Should().Be(1);
        SurveyStatus.Compute(model, survey, new DateOnly(2026, 1, 1), cycleYears: 3).District.Overdue.Should().Be(0);
    }
}
