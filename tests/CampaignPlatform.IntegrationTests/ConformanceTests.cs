using CampaignPlatform.Modules.Enforcement;
using CampaignPlatform.Modules.Hygiene;
using CampaignPlatform.Modules.Publicity;
using CampaignPlatform.Modules.RuralUpkeep;
using CampaignPlatform.Testing.Conformance;

namespace CampaignPlatform.IntegrationTests;

// The conformance kit, one line per campaign module.
[Collection(HostCollection.Name)] public sealed class HygieneConformance : ModuleConformance<HygieneModule>;

[Collection(HostCollection.Name)] public sealed class EnforcementConformance : ModuleConformance<EnforcementModule>;

[Collection(HostCollection.Name)] public sealed class RuralUpkeepConformance : ModuleConformance<RuralUpkeepModule>;

[Collection(HostCollection.Name)] public sealed class PublicityConformance : ModuleConformance<PublicityModule>;
