namespace Seismic.Engine.Routing.Blockage;

/// <summary>
/// A shelter that more people reach first than it can hold in the damage-aware plan: its nearest-shelter demand
/// exceeds its capacity, so the plan had to send the excess further (or leave it unserved).
/// </summary>
/// <param name="ShelterId">Shelter id.</param>
/// <param name="CapacityPersons">Capacity.</param>
/// <param name="NearestDemandAfter">Persons for whom it is the nearest open shelter after the damage.</param>
/// <param name="NearestDemandBefore">The same in the undamaged plan.</param>
/// <param name="LoadAfter">Persons assigned to it after the damage (never above capacity).</param>
public sealed record ShelterOverload(
    string ShelterId, int CapacityPersons, long NearestDemandAfter, long NearestDemandBefore, int LoadAfter);
