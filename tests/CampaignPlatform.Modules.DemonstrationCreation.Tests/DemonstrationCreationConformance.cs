using CampaignPlatform.Testing.Conformance;

namespace CampaignPlatform.Modules.DemonstrationCreation.Tests;

// Every test that starts a host is in the "host" collection: hosts start one at a time (Hangfire is process-wide).
[Collection("host")] public sealed class DemonstrationCreationConformance : ModuleConformance<DemonstrationCreationModule>;
