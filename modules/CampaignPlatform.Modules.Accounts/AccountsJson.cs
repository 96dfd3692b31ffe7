using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Modules.Accounts.Audit;
using CampaignPlatform.Modules.Accounts.Management;
using CampaignPlatform.Modules.Accounts.SignIn;

namespace CampaignPlatform.Modules.Accounts;

/// <summary>The Accounts endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AuditPage))]
[JsonSerializable(typeof(AccountDto))]
[JsonSerializable(typeof(CreateAccount))]
[JsonSerializable(typeof(PasswordBody))]
[JsonSerializable(typeof(ScopeBody))]
[JsonSerializable(typeof(VersionBody))]
[JsonSerializable(typeof(MeDto))]
[JsonSerializable(typeof(SignInBody))]
[JsonSerializable(typeof(IReadOnlyList<AccountDto>))]
internal sealed partial class AccountsJson : JsonSerializerContext;
