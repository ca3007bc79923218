// The 18 STIX Cyber-observable Objects (STIX 2.1 §6) and their predefined extensions.
import {
  binary,
  bool,
  dictionary,
  enumOf,
  hashes,
  hex,
  identifier,
  int,
  list,
  nonNegInt,
  num,
  object,
  range,
  refList,
  str,
  strList,
  timestamp,
  type Schema,
} from './builders';
import type { TypeSchema } from './sdo';
import { ENUM } from './vocabularies';

const port = range(0, 65535);

export const SCO_SCHEMAS: Record<string, TypeSchema> = {
  // §6.1 (payload_bin XOR url, url needs hashes: rules)
  artifact: {
    required: [],
    properties: {
      mime_type: str,
      payload_bin: binary,
      url: str,
      hashes,
      encryption_algorithm: enumOf(ENUM['encryption-algorithm-enum']),
      decryption_key: str,
    },
  },
  // §6.2
  'autonomous-system': { required: ['number'], properties: { number: nonNegInt, name: str, rir: str } },
  // §6.3
  directory: {
    required: ['path'],
    properties: { path: str, path_enc: str, ctime: timestamp, mtime: timestamp, atime: timestamp, contains_refs: refList },
  },
  // §6.4
  'domain-name': { required: ['value'], properties: { value: str, resolves_to_refs: refList } },
  // §6.5
  'email-addr': { required: ['value'], properties: { value: str, display_name: str, belongs_to_ref: identifier } },
  // §6.6
  'email-message': {
    required: ['is_multipart'],
    properties: {
      is_multipart: bool,
      date: timestamp,
      content_type: str,
      from_ref: identifier,
      sender_ref: identifier,
      to_refs: refList,
      cc_refs: refList,
      bcc_refs: refList,
      message_id: str,
      subject: str,
      received_lines: strList,
      additional_header_fields: dictionary,
      body: str,
      body_multipart: list(
        object([], { body: str, body_raw_ref: identifier, content_type: str, content_disposition: str }),
      ),
      raw_email_ref: identifier,
    },
  },
  // §6.7 (hashes or name: rule)
  file: {
    required: [],
    properties: {
      hashes,
      size: nonNegInt,
      name: str,
      name_enc: str,
      magic_number_hex: hex,
      mime_type: str,
      ctime: timestamp,
      mtime: timestamp,
      atime: timestamp,
      parent_directory_ref: identifier,
      contains_refs: refList,
      content_ref: identifier,
    },
  },
  // §6.8
  'ipv4-addr': { required: ['value'], properties: { value: str, resolves_to_refs: refList, belongs_to_refs: refList } },
  // §6.9
  'ipv6-addr': { required: ['value'], properties: { value: str, resolves_to_refs: refList, belongs_to_refs: refList } },
  // §6.10
  'mac-addr': { required: ['value'], properties: { value: { type: 'string', pattern: '^([0-9a-f]{2}:){5}[0-9a-f]{2}$' } } },
  // §6.11
  mutex: { required: ['name'], properties: { name: str } },
  // §6.12
  'network-traffic': {
    required: ['protocols'],
    properties: {
      start: timestamp,
      end: timestamp,
      is_active: bool,
      src_ref: identifier,
      dst_ref: identifier,
      src_port: port,
      dst_port: port,
      protocols: strList,
      src_byte_count: nonNegInt,
      dst_byte_count: nonNegInt,
      src_packets: nonNegInt,
      dst_packets: nonNegInt,
      ipfix: dictionary,
      src_payload_ref: identifier,
      dst_payload_ref: identifier,
      encapsulates_refs: refList,
      encapsulated_by_ref: identifier,
    },
  },
  // §6.13
  process: {
    required: [],
    properties: {
      is_hidden: bool,
      pid: int,
      created_time: timestamp,
      cwd: str,
      command_line: str,
      environment_variables: dictionary,
      opened_connection_refs: refList,
      creator_user_ref: identifier,
      image_ref: identifier,
      parent_ref: identifier,
      child_refs: refList,
    },
  },
  // §6.14
  software: {
    required: ['name'],
    properties: { name: str, cpe: str, swid: str, languages: strList, vendor: str, version: str },
  },
  // §6.15
  url: { required: ['value'], properties: { value: str } },
  // §6.16
  'user-account': {
    required: [],
    properties: {
      user_id: str,
      credential: str,
      account_login: str,
      account_type: str,
      display_name: str,
      is_service_account: bool,
      is_privileged: bool,
      can_escalate_privs: bool,
      is_disabled: bool,
      account_created: timestamp,
      account_expires: timestamp,
      credential_last_changed: timestamp,
      account_first_login: timestamp,
      account_last_login: timestamp,
    },
  },
  // §6.17
  'windows-registry-key': {
    required: [],
    properties: {
      key: str,
      values: list(
        object([], { name: str, data: str, data_type: enumOf(ENUM['windows-registry-datatype-enum']) }),
      ),
      modified_time: timestamp,
      creator_user_ref: identifier,
      number_of_subkeys: nonNegInt,
    },
  },
  // §6.18
  'x509-certificate': {
    required: [],
    properties: {
      is_self_signed: bool,
      hashes,
      version: str,
      serial_number: str,
      signature_algorithm: str,
      issuer: str,
      validity_not_before: timestamp,
      validity_not_after: timestamp,
      subject: str,
      subject_public_key_algorithm: str,
      subject_public_key_modulus: str,
      subject_public_key_exponent: nonNegInt,
      x509_v3_extensions: object(
        [],
        Object.fromEntries(
          [
            'basic_constraints',
            'name_constraints',
            'policy_constraints',
            'key_usage',
            'extended_key_usage',
            'subject_key_identifier',
            'authority_key_identifier',
            'subject_alternative_name',
            'issuer_alternative_name',
            'subject_directory_attributes',
            'crl_distribution_points',
            'inhibit_any_policy',
            'certificate_policies',
            'policy_mappings',
          ]
            .map((k): [string, Schema] => [k, str])
            .concat([
              ['private_key_usage_period_not_before', timestamp],
              ['private_key_usage_period_not_after', timestamp],
            ]),
        ),
      ),
    },
  },
};

/** Predefined SCO extensions (STIX 2.1 §6), keyed by SCO type then extension name. */
export const SCO_EXTENSION_SCHEMAS: Record<string, Record<string, Schema>> = {
  file: {
    // §6.7.2
    'archive-ext': object(['contains_refs'], { contains_refs: refList, comment: str }),
    // §6.7.3
    'ntfs-ext': object([], {
      sid: str,
      alternate_data_streams: list(object(['name'], { name: str, hashes, size: nonNegInt })),
    }),
    // §6.7.4
    'pdf-ext': object([], {
      version: str,
      is_optimized: bool,
      document_info_dict: dictionary,
      pdfid0: str,
      pdfid1: str,
    }),
    // §6.7.5
    'raster-image-ext': object([], {
      image_height: nonNegInt,
      image_width: nonNegInt,
      bits_per_pixel: nonNegInt,
      exif_tags: dictionary,
    }),
    // §6.7.6
    'windows-pebinary-ext': object(['pe_type'], {
      pe_type: str,
      imphash: str,
      machine_hex: hex,
      number_of_sections: nonNegInt,
      time_date_stamp: timestamp,
      pointer_to_symbol_table_hex: hex,
      number_of_symbols: nonNegInt,
      size_of_optional_header: nonNegInt,
      characteristics_hex: hex,
      file_header_hashes: hashes,
      optional_header: object([], {
        magic_hex: hex,
        major_linker_version: int,
        minor_linker_version: int,
        size_of_code: nonNegInt,
        size_of_initialized_data: nonNegInt,
        size_of_uninitialized_data: nonNegInt,
        address_of_entry_point: int,
        base_of_code: int,
        base_of_data: int,
        image_base: int,
        section_alignment: int,
        file_alignment: int,
        major_os_version: int,
        minor_os_version: int,
        major_image_version: int,
        minor_image_version: int,
        major_subsystem_version: int,
        minor_subsystem_version: int,
        win32_version_value_hex: hex,
        size_of_image: nonNegInt,
        size_of_headers: nonNegInt,
        checksum_hex: hex,
        subsystem_hex: hex,
        dll_characteristics_hex: hex,
        size_of_stack_reserve: nonNegInt,
        size_of_stack_commit: nonNegInt,
        size_of_heap_reserve: int,
        size_of_heap_commit: int,
        loader_flags_hex: hex,
        number_of_rva_and_sizes: int,
        hashes,
      }),
      sections: list(object(['name'], { name: str, size: nonNegInt, entropy: num, hashes })),
    }),
  },
  'network-traffic': {
    // §6.12.2
    'http-request-ext': object(['request_method', 'request_value'], {
      request_method: str,
      request_value: str,
      request_version: str,
      request_header: dictionary,
      message_body_length: nonNegInt,
      message_body_data_ref: identifier,
    }),
    // §6.12.3
    'icmp-ext': object(['icmp_type_hex', 'icmp_code_hex'], { icmp_type_hex: hex, icmp_code_hex: hex }),
    // §6.12.4
    'socket-ext': object(['address_family'], {
      address_family: enumOf(ENUM['network-socket-address-family-enum']),
      is_blocking: bool,
      is_listening: bool,
      options: dictionary,
      socket_type: enumOf(ENUM['network-socket-type-enum']),
      socket_descriptor: nonNegInt,
      socket_handle: int,
    }),
    // §6.12.5
    'tcp-ext': object([], { src_flags_hex: hex, dst_flags_hex: hex }),
  },
  process: {
    // §6.13.2
    'windows-process-ext': object([], {
      aslr_enabled: bool,
      dep_enabled: bool,
      priority: str,
      owner_sid: str,
      window_title: str,
      startup_info: dictionary,
      integrity_level: enumOf(ENUM['windows-integrity-level-enum']),
    }),
    // §6.13.3
    'windows-service-ext': object([], {
      service_name: str,
      descriptions: strList,
      display_name: str,
      group_name: str,
      start_type: enumOf(ENUM['windows-service-start-type-enum']),
      service_dll_refs: refList,
      service_type: enumOf(ENUM['windows-service-type-enum']),
      service_status: enumOf(ENUM['windows-service-status-enum']),
    }),
  },
  'user-account': {
    // §6.16.2
    'unix-account-ext': object([], { gid: int, groups: strList, home_dir: str, shell: str }),
  },
};
