// STIX 2.1 §10 vocabularies. Open vocabularies (-ov) produce warnings when a value is
// outside them; enumerations (-enum) are enforced by the schemas.

export const VOCAB = {
  'attack-motivation-ov': ['accidental', 'coercion', 'dominance', 'ideology', 'notoriety', 'organizational-gain', 'personal-gain', 'personal-satisfaction', 'revenge', 'unpredictable'],
  'attack-resource-level-ov': ['individual', 'club', 'contest', 'team', 'organization', 'government'],
  'grouping-context-ov': ['suspicious-activity', 'malware-analysis', 'unspecified'],
  'identity-class-ov': ['individual', 'group', 'system', 'organization', 'class', 'unknown'],
  'implementation-language-ov': ['applescript', 'bash', 'c', 'c++', 'c#', 'go', 'java', 'javascript', 'lua', 'objective-c', 'perl', 'php', 'powershell', 'python', 'ruby', 'scala', 'swift', 'typescript', 'visual-basic', 'x86-32', 'x86-64'],
  'indicator-type-ov': ['anomalous-activity', 'anonymization', 'benign', 'compromised', 'malicious-activity', 'attribution', 'unknown'],
  'industry-sector-ov': ['agriculture', 'aerospace', 'automotive', 'chemical', 'commercial', 'communications', 'construction', 'defense', 'education', 'energy', 'entertainment', 'financial-services', 'government', 'emergency-services', 'government-local', 'government-national', 'government-public-services', 'government-regional', 'healthcare', 'hospitality-leisure', 'infrastructure', 'dams', 'nuclear', 'water', 'insurance', 'manufacturing', 'mining', 'non-profit', 'pharmaceuticals', 'retail', 'technology', 'telecommunications', 'transportation', 'utilities'],
  'infrastructure-type-ov': ['amplification', 'anonymization', 'botnet', 'command-and-control', 'control-system', 'exfiltration', 'firewall', 'hosting-malware', 'hosting-target-lists', 'phishing', 'reconnaissance', 'routers-switches', 'staging', 'workstation', 'unknown'],
  'malware-result-ov': ['malicious', 'suspicious', 'benign', 'unknown'],
  'malware-capabilities-ov': ['accesses-remote-machines', 'anti-debugging', 'anti-disassembly', 'anti-emulation', 'anti-memory-forensics', 'anti-sandbox', 'anti-vm', 'captures-input-peripherals', 'captures-output-peripherals', 'captures-system-state-data', 'cleans-traces-of-infection', 'commits-fraud', 'communicates-with-c2', 'compromises-data-availability', 'compromises-data-integrity', 'compromises-system-availability', 'controls-local-machine', 'degrades-security-software', 'degrades-system-updates', 'determines-c2-server', 'emails-spam', 'escalates-privileges', 'evades-av', 'exfiltrates-data', 'fingerprints-host', 'hides-artifacts', 'hides-executing-code', 'infects-files', 'infects-remote-machines', 'installs-other-components', 'persists-after-system-reboot', 'prevents-artifact-access', 'prevents-artifact-deletion', 'probes-network-environment', 'self-modifies', 'steals-authentication-credentials', 'violates-system-operational-integrity'],
  'malware-type-ov': ['adware', 'backdoor', 'bot', 'bootkit', 'ddos', 'downloader', 'dropper', 'exploit-kit', 'keylogger', 'ransomware', 'remote-access-trojan', 'resource-exploitation', 'rogue-security-software', 'rootkit', 'screen-capture', 'spyware', 'trojan', 'unknown', 'virus', 'webshell', 'wiper', 'worm'],
  'pattern-type-ov': ['stix', 'pcre', 'sigma', 'snort', 'suricata', 'yara'],
  'processor-architecture-ov': ['alpha', 'arm', 'ia-64', 'mips', 'powerpc', 'sparc', 'x86', 'x86-64'],
  'region-ov': ['africa', 'eastern-africa', 'middle-africa', 'northern-africa', 'southern-africa', 'western-africa', 'americas', 'latin-america-caribbean', 'south-america', 'caribbean', 'central-america', 'northern-america', 'asia', 'central-asia', 'eastern-asia', 'southern-asia', 'south-eastern-asia', 'western-asia', 'europe', 'eastern-europe', 'northern-europe', 'southern-europe', 'western-europe', 'oceania', 'antarctica', 'australia-new-zealand', 'melanesia', 'micronesia', 'polynesia'],
  'report-type-ov': ['attack-pattern', 'campaign', 'identity', 'indicator', 'intrusion-set', 'malware', 'observed-data', 'threat-actor', 'threat-report', 'tool', 'vulnerability'],
  'threat-actor-type-ov': ['activist', 'competitor', 'crime-syndicate', 'criminal', 'hacker', 'insider-accidental', 'insider-disgruntled', 'nation-state', 'sensationalist', 'spy', 'terrorist', 'unknown'],
  'threat-actor-role-ov': ['agent', 'director', 'independent', 'infrastructure-architect', 'infrastructure-operator', 'malware-author', 'sponsor'],
  'threat-actor-sophistication-ov': ['none', 'minimal', 'intermediate', 'advanced', 'expert', 'innovator', 'strategic'],
  'tool-type-ov': ['denial-of-service', 'exploitation', 'information-gathering', 'network-capture', 'credential-exploitation', 'remote-access', 'vulnerability-scanning', 'unknown'],
  'account-type-ov': ['facebook', 'ldap', 'nis', 'openid', 'radius', 'skype', 'tacacs', 'twitter', 'unix', 'windows-local', 'windows-domain'],
  'hash-algorithm-ov': ['MD5', 'SHA-1', 'SHA-256', 'SHA-512', 'SHA3-256', 'SHA3-512', 'SSDEEP', 'TLSH'],
  'windows-pebinary-type-ov': ['dll', 'exe', 'sys'],
  // OASIS CTI TC Incident Core extension.
  'investigation-status-ov': ['new', 'open', 'closed'],
} as const satisfies Record<string, readonly string[]>;

export type VocabName = keyof typeof VOCAB;

export const ENUM = {
  'encryption-algorithm-enum': ['AES-256-GCM', 'ChaCha20-Poly1305', 'mime-type-indicated'],
  'extension-type-enum': ['new-sdo', 'new-sco', 'new-sro', 'property-extension', 'toplevel-property-extension'],
  'network-socket-address-family-enum': ['AF_UNSPEC', 'AF_INET', 'AF_IPX', 'AF_APPLETALK', 'AF_NETBIOS', 'AF_INET6', 'AF_IRDA', 'AF_BTH'],
  'network-socket-type-enum': ['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET'],
  'opinion-enum': ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'],
  'windows-integrity-level-enum': ['low', 'medium', 'high', 'system'],
  'windows-registry-datatype-enum': ['REG_NONE', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_BINARY', 'REG_DWORD', 'REG_DWORD_BIG_ENDIAN', 'REG_DWORD_LITTLE_ENDIAN', 'REG_LINK', 'REG_MULTI_SZ', 'REG_RESOURCE_LIST', 'REG_FULL_RESOURCE_DESCRIPTION', 'REG_RESOURCE_REQUIREMENTS_LIST', 'REG_QWORD', 'REG_INVALID_TYPE'],
  'windows-service-start-type-enum': ['SERVICE_AUTO_START', 'SERVICE_BOOT_START', 'SERVICE_DEMAND_START', 'SERVICE_DISABLED', 'SERVICE_SYSTEM_ALERT'],
  'windows-service-type-enum': ['SERVICE_KERNEL_DRIVER', 'SERVICE_FILE_SYSTEM_DRIVER', 'SERVICE_WIN32_OWN_PROCESS', 'SERVICE_WIN32_SHARE_PROCESS'],
  'windows-service-status-enum': ['SERVICE_CONTINUE_PENDING', 'SERVICE_PAUSE_PENDING', 'SERVICE_PAUSED', 'SERVICE_RUNNING', 'SERVICE_START_PENDING', 'SERVICE_STOP_PENDING', 'SERVICE_STOPPED'],
} as const satisfies Record<string, readonly string[]>;

/** Open-vocabulary properties per object type: [property, vocabulary, is a list]. */
export const OPEN_VOCAB_PROPERTIES: Record<string, ReadonlyArray<readonly [string, VocabName, boolean]>> = {
  grouping: [['context', 'grouping-context-ov', false]],
  identity: [
    ['identity_class', 'identity-class-ov', false],
    ['sectors', 'industry-sector-ov', true],
  ],
  indicator: [
    ['indicator_types', 'indicator-type-ov', true],
    ['pattern_type', 'pattern-type-ov', false],
  ],
  infrastructure: [['infrastructure_types', 'infrastructure-type-ov', true]],
  'intrusion-set': [
    ['resource_level', 'attack-resource-level-ov', false],
    ['primary_motivation', 'attack-motivation-ov', false],
    ['secondary_motivations', 'attack-motivation-ov', true],
  ],
  location: [['region', 'region-ov', false]],
  malware: [
    ['malware_types', 'malware-type-ov', true],
    ['architecture_execution_envs', 'processor-architecture-ov', true],
    ['implementation_languages', 'implementation-language-ov', true],
    ['capabilities', 'malware-capabilities-ov', true],
  ],
  'malware-analysis': [['result', 'malware-result-ov', false]],
  report: [['report_types', 'report-type-ov', true]],
  'threat-actor': [
    ['threat_actor_types', 'threat-actor-type-ov', true],
    ['roles', 'threat-actor-role-ov', true],
    ['sophistication', 'threat-actor-sophistication-ov', false],
    ['resource_level', 'attack-resource-level-ov', false],
    ['primary_motivation', 'attack-motivation-ov', false],
    ['secondary_motivations', 'attack-motivation-ov', true],
    ['personal_motivations', 'attack-motivation-ov', true],
  ],
  tool: [['tool_types', 'tool-type-ov', true]],
  'user-account': [['account_type', 'account-type-ov', false]],
};

const sets = new Map<string, ReadonlySet<string>>();
/** The members of a vocabulary as a set (built once). */
export function vocabSet(name: VocabName): ReadonlySet<string> {
  let s = sets.get(name);
  if (!s) sets.set(name, (s = new Set<string>(VOCAB[name])));
  return s;
}
