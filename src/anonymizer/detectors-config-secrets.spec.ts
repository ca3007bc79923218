import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// Credentials in pasted device configurations and connection strings (golden case
// secrets-in-configs-en). Each case failed before its fix.

const scan = (text: string) => scanText(text, testScanner({})).text;

describe('network-device configuration secrets', () => {
  it('type-N encoded passwords and secrets of IOS-style configurations', () => {
    assert.equal(scan('username noc privilege 15 secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0'), 'username noc privilege 15 secret 5 [SECRET-1]');
    assert.equal(scan('enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM'), 'enable secret 9 [SECRET-1]');
    assert.equal(scan(' password 7 0822455D0A16544541'), ' password 7 [SECRET-1]');
  });
  it('IKE pre-shared keys and key strings', () => {
    assert.equal(scan('crypto isakmp key Tunn3l-PSK-4471 address 203.0.113.9'), 'crypto isakmp key [SECRET-1] address 203.0.113.0/24');
    assert.equal(scan('set security ike policy p1 pre-shared-key ascii-text "$9$x7-dsJGUH.5F"'), 'set security ike policy p1 pre-shared-key ascii-text "[SECRET-1]"');
    assert.equal(scan('key chain OSPF key 1 key-string 7 13061E010803'), 'key chain OSPF key 1 key-string 7 [SECRET-1]');
  });
  it('prose that mentions the commands keeps its words', () => {
    assert.equal(scan('the password 7 encoding is reversible; rotate the key-string values'), 'the password 7 encoding is reversible; rotate the key-string values');
  });
  it('a passphrase after = is a slot, and the separator stays', () => {
    assert.equal(scan('wpa_passphrase=Summer2026!Depot'), 'wpa_passphrase=[SECRET-1]');
    assert.equal(scan('passphrase: Gr33n-Meter-77'), 'passphrase: [SECRET-1]');
  });
});

describe('connection strings', () => {
  it('login and password of any scheme, not read as an e-mail address', () => {
    assert.equal(scan('mqtt_url = mqtts://fleet07:Mqtt-P4ss-77@broker.depot.example:8883'), 'mqtt_url = mqtts://[USER-1]:[SECRET-1]@broker.depot.example:8883');
    assert.equal(scan('DSN postgres://meterdb:s3cr3t-Pg@10.2.3.4:5432/readings'), 'DSN postgres://[USER-1]:[SECRET-1]@[PRIVATE-IP-1]:5432/readings');
  });
  it('a generic login stays; its password goes', () => {
    assert.equal(scan('amqp://admin:Rabbit-0001@queue.example'), 'amqp://admin:[SECRET-1]@queue.example');
  });
});

describe('authentication logs', () => {
  it('"invalid user" before an account already replaced is not itself an account (idempotence)', () => {
    assert.equal(scan('sshd: Failed password for invalid user dashworth from 203.0.113.9'), 'sshd: Failed password for invalid user [USER-1] from 203.0.113.9');
    assert.equal(scan('sshd: Failed password for invalid user [USER-1] from 203.0.113.9'), 'sshd: Failed password for invalid user [USER-1] from 203.0.113.9');
  });
});
