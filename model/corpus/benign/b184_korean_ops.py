# label: benign family=i18n hard=1
# 서버 상태 점검 스크립트 (매일 아침 실행)
import shutil
import subprocess

사용량 = shutil.disk_usage("/")
print(f"디스크 사용률: {사용량.used * 100 // 사용량.total}%")
결과 = subprocess.run(["systemctl", "is-active", "nginx"], capture_output=True, text=True)
print("nginx 상태:", "정상" if 결과.stdout.strip() == "active" else "점검 필요")
